# Iterating views: order, unpacking, size changes, sorted/min/max/sum on views.
scores = {"ann": 91, "bob": 78, "cat": 85, "dan": 78}
for name, score in scores.items():
    print(name, score)
print(sum(scores.values()), max(scores.values()), min(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: (kv[1], kv[0])))
print(list(enumerate(scores)))
print(dict(zip(scores.values(), scores.keys())))
ks = iter(scores.keys())
print(next(ks), next(ks))
scores["eve"] = 99
try:
    next(ks)
except RuntimeError as e:
    print(type(e).__name__, e)
vals = scores.values()
scores.pop("bob")
print(list(vals), len(vals), 78 in vals, 1000 in vals)
print([k for k, v in scores.items() if v > 80])
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
first, *rest = scores
print(first, rest)
a, b = {"x": 1, "y": 2}.items()
print(a, b)
print(list(map(str.upper, scores.keys())))
print(tuple(scores.items())[:2])
print(set(scores.values()) == {91, 85, 78, 99})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print(list(counts.keys()) == list(counts))
