# A text report built from a JSON document of orders: parsing with json, aggregation with
# collections (Counter, defaultdict, namedtuple, OrderedDict), formatted tables and a JSON summary.
import json
from collections import Counter, defaultdict, namedtuple, OrderedDict

RAW = """
{
  "store": "Capy Books",
  "currency": "EUR",
  "orders": [
    {"id": 101, "customer": "ann", "date": "2024-01-03", "items": [
      {"sku": "B-001", "title": "Parsing Techniques", "qty": 1, "price": 54.90},
      {"sku": "B-014", "title": "The Art of Computer Programming", "qty": 2, "price": 199.00}]},
    {"id": 102, "customer": "bob", "date": "2024-01-03", "items": [
      {"sku": "B-001", "title": "Parsing Techniques", "qty": 3, "price": 54.90}]},
    {"id": 103, "customer": "ann", "date": "2024-01-17", "items": [
      {"sku": "B-007", "title": "Crafting Interpreters", "qty": 1, "price": 39.50},
      {"sku": "B-009", "title": "SICP", "qty": 1, "price": 45.00}], "coupon": "NEWYEAR"},
    {"id": 104, "customer": "cy", "date": "2024-02-01", "items": [
      {"sku": "B-009", "title": "SICP", "qty": 4, "price": 45.00}], "status": "refunded"},
    {"id": 105, "customer": "dee", "date": "2024-02-11", "items": []},
    {"id": 106, "customer": "bob", "date": "2024-02-14", "items": [
      {"sku": "B-007", "title": "Crafting Interpreters", "qty": 2, "price": 39.50},
      {"sku": "B-020", "title": "Engineering a Compiler", "qty": 1, "price": 89.99}], "coupon": "LOVE10"}
  ],
  "coupons": {"NEWYEAR": 0.15, "LOVE10": 0.10}
}
"""

Line = namedtuple("Line", "order customer month sku title qty price")


def load(text):
    doc = json.loads(text)
    lines, problems = [], []
    for order in doc["orders"]:
        if order.get("status") == "refunded":
            problems.append(f"order {order['id']}: refunded, skipped")
            continue
        if not order["items"]:
            problems.append(f"order {order['id']}: no items")
            continue
        discount = doc["coupons"].get(order.get("coupon"), 0.0)
        for item in order["items"]:
            price = round(item["price"] * (1 - discount), 2)
            lines.append(Line(order["id"], order["customer"], order["date"][:7], item["sku"],
                              item["title"], item["qty"], price))
    return doc, lines, problems


def money(x):
    return f"{x:>10,.2f}"


doc, lines, problems = load(RAW)
print(f"{doc['store']} — sales report ({doc['currency']})")
print("=" * 48)
revenue_by_month = OrderedDict()
for ln in sorted(lines, key=lambda l: l.month):
    revenue_by_month[ln.month] = revenue_by_month.get(ln.month, 0) + ln.qty * ln.price
for month, rev in revenue_by_month.items():
    print(f"{month}  {money(rev)}")
print("-" * 48)
units = Counter()
revenue_by_title = defaultdict(float)
for ln in lines:
    units[ln.title] += ln.qty
    revenue_by_title[ln.title] += ln.qty * ln.price
print(f"{'title':<34}{'units':>5}{'revenue':>9}")
for title, qty in units.most_common():
    print(f"{title[:33]:<34}{qty:>5}{revenue_by_title[title]:>9.2f}")
print("-" * 48)
customers = defaultdict(lambda: {"orders": set(), "spent": 0.0, "books": Counter()})
for ln in lines:
    c = customers[ln.customer]
    c["orders"].add(ln.order)
    c["spent"] += ln.qty * ln.price
    c["books"][ln.sku] += ln.qty
ranking = sorted(customers.items(), key=lambda kv: (-kv[1]["spent"], kv[0]))
for rank, (name, info) in enumerate(ranking, 1):
    fav = info["books"].most_common(1)[0][0]
    print(f"{rank}. {name:<5} orders={len(info['orders'])} spent={info['spent']:.2f} favourite={fav}")
print("-" * 48)
for p in problems:
    print("note:", p)
total = round(sum(ln.qty * ln.price for ln in lines), 2)
summary = {
    "store": doc["store"],
    "total": total,
    "orders": len({ln.order for ln in lines}),
    "units": sum(units.values()),
    "top_title": units.most_common(1)[0][0],
    "by_month": {m: round(v, 2) for m, v in revenue_by_month.items()},
    "customers": [name for name, _ in ranking],
}
print(json.dumps(summary, indent=2, sort_keys=True))
compact = json.dumps(summary, separators=(",", ":"))
print(len(compact), json.loads(compact) == summary)
avg = total / summary["orders"]
print(f"average order value: {avg:.2f}; biggest line: "
      f"{max(lines, key=lambda l: l.qty * l.price).title}")
skus = sorted({ln.sku for ln in lines})
print("skus sold:", ", ".join(skus), "| unsold in catalogue:",
      sorted({i["sku"] for o in doc["orders"] for i in o["items"]} - set(skus)))
