# defaultdict idioms: grouping, graphs, nested trees, counting; missing-key semantics.
from collections import defaultdict
groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry cranberry".split():
    groups[word[0]].append(word)
print(dict(groups))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["missing"], "missing" in counts, len(counts))
print(counts.get("other"), "other" in counts)
nofactory = defaultdict()
try:
    nofactory["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def factory():
    calls.append(1)
    return len(calls)
d = defaultdict(factory)
print(d["a"], d["b"], d["a"], calls)
d.default_factory = None
try:
    d["c"]
except KeyError as e:
    print(type(e).__name__, e)
dd = defaultdict(list, {"x": [1]})
dd2 = dd.copy()
dd2["x"].append(2)
dd2["y"].append(3)
print(dd, dd2, type(dd2).__name__)
print(dd.setdefault("z", [9]), dd.pop("z"), dd)
merged = defaultdict(int, a=1) | {"b": 2}
print(type(merged).__name__, merged)
