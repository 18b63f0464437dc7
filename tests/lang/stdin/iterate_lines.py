# Iterating sys.stdin line by line: a tiny CSV-ish summariser.
import sys
totals = {}
bad = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = [p.strip() for p in line.split(",")]
    try:
        name, qty = parts[0], int(parts[1])
    except (IndexError, ValueError) as e:
        bad.append((lineno, type(e).__name__))
        continue
    totals[name] = totals.get(name, 0) + qty
for name in sorted(totals):
    print(f"{name:<8}{totals[name]:>5}")
print("bad lines:", bad)
print("grand total:", sum(totals.values()))
