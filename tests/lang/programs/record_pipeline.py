# A generator pipeline over CSV-like records: read lines -> parse (with error records) ->
# validate -> enrich -> filter -> group -> aggregate, each stage lazy; stage counters show
# how many records flowed through, and a final report summarises the groups.
from collections import defaultdict, Counter
from itertools import groupby, islice

DATA = """\
# date,region,product,units,unit_price,rep
2024-03-01,north,widget,10,2.50,ann
2024-03-01,south,gadget,3,10.00,bob
2024-03-02,north,gadget,1,10.00,ann
2024-03-02,east,widget,,2.50,cy
2024-03-02,west,gizmo,5,7.25,dee
2024-03-03,south,widget,20,2.40,bob
bad line without commas
2024-03-03,north,widget,-4,2.50,ann
2024-03-04,east,gizmo,2,7.25,cy
2024-03-04,south,gizmo,1,7.00,bob
2024-03-05,north,gadget,6,9.50,eve
2024-03-05,west,widget,12,2.50,dee
2024-03-06,east,gadget,2,abc,cy
2024-03-06,north,gizmo,3,7.25,ann
"""

stats = Counter()


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        stats["read"] += 1
        line = line.strip()
        if line and not line.startswith("#"):
            yield lineno, line


def parse(lines):
    fields = ("date", "region", "product", "units", "unit_price", "rep")
    for lineno, line in lines:
        parts = line.split(",")
        if len(parts) != len(fields):
            stats["malformed"] += 1
            yield {"lineno": lineno, "error": f"expected {len(fields)} fields, got {len(parts)}"}
            continue
        stats["parsed"] += 1
        rec = dict(zip(fields, parts))
        rec["lineno"] = lineno
        yield rec


def validate(records, errors):
    for rec in records:
        if "error" in rec:
            errors.append((rec["lineno"], rec["error"]))
            continue
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append((rec["lineno"], f"{type(e).__name__}: {e}"))
            continue
        if rec["units"] <= 0:
            errors.append((rec["lineno"], f"non-positive units {rec['units']}"))
            continue
        stats["valid"] += 1
        yield rec


def enrich(records):
    for rec in records:
        rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
        rec["day"] = int(rec["date"][-2:])
        yield rec


def where(records, predicate):
    for rec in records:
        if predicate(rec):
            stats["kept"] += 1
            yield rec


def run(text, predicate=lambda r: True):
    errors = []
    stage = where(enrich(validate(parse(read_lines(text)), errors)), predicate)
    return stage, errors


pipeline, errors = run(DATA)
print("lazy so far:", dict(stats))
first_two = list(islice(pipeline, 2))
print([(r["product"], r["revenue"]) for r in first_two], dict(stats))
rest = list(pipeline)
records = first_two + rest
print("after draining:", dict(sorted(stats.items())))
for lineno, message in errors:
    print(f"  line {lineno}: {message}")

by_region = defaultdict(lambda: {"units": 0, "revenue": 0.0, "reps": set()})
for rec in records:
    agg = by_region[rec["region"]]
    agg["units"] += rec["units"]
    agg["revenue"] += rec["revenue"]
    agg["reps"].add(rec["rep"])
print(f"{'region':<8}{'units':>6}{'revenue':>10}  reps")
for region in sorted(by_region, key=lambda r: -by_region[r]["revenue"]):
    agg = by_region[region]
    print(f"{region:<8}{agg['units']:>6}{agg['revenue']:>10.2f}  {','.join(sorted(agg['reps']))}")

by_product = sorted(records, key=lambda r: r["product"])
for product, group in groupby(by_product, key=lambda r: r["product"]):
    group = list(group)
    units = sum(r["units"] for r in group)
    avg_price = sum(r["unit_price"] * r["units"] for r in group) / units
    print(f"{product:<7} lines={len(group)} units={units:>3} avg_price={avg_price:.3f}")

daily = Counter()
for rec in records:
    daily[rec["day"]] += rec["revenue"]
running = 0
for day in sorted(daily):
    running += daily[day]
    print(f"day {day}: {daily[day]:7.2f} cumulative {running:8.2f}")

stats.clear()
big, errs2 = run(DATA, predicate=lambda r: r["revenue"] >= 20)
big = list(big)
print([(r["rep"], r["revenue"]) for r in big], stats["kept"], len(errs2))
top_rep = Counter()
for rec in records:
    top_rep[rec["rep"]] += rec["revenue"]
print(top_rep.most_common(2), round(sum(top_rep.values()), 2))
