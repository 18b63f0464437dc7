# Sets in algorithms: dedupe preserving order, graph reachability, Jaccard similarity, set cover greedy.
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]), dedupe("mississippi"))
edges = {"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": set(), "e": {"a"}, "f": {"g"}, "g": set()}
def reachable(start):
    seen, stack = set(), [start]
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.add(n)
            stack.extend(edges[n] - seen)
    return seen
print(sorted(reachable("a")), sorted(reachable("f")), sorted(set(edges) - reachable("a")))
def jaccard(a, b):
    a, b = set(a.split()), set(b.split())
    return len(a & b) / len(a | b) if a | b else 1.0
print(round(jaccard("the cat sat", "the cat ran"), 3), jaccard("", ""), jaccard("x", "y"))
universe = set(range(1, 11))
subsets = [{1, 2, 3, 8}, {1, 2, 3, 4, 5}, {4, 5, 7}, {5, 6, 7}, {6, 7, 8, 9, 10}]
covered, chosen = set(), []
while covered != universe:
    best = max(range(len(subsets)), key=lambda i: (len(subsets[i] - covered), -i))
    chosen.append(best)
    covered |= subsets[best]
print(chosen, sorted(covered) == sorted(universe))
a = {1, 2, 3}
b = a
a = a | {4}
print(sorted(a), sorted(b))
c = b
b |= {9}
print(sorted(b), sorted(c), b is c)
words = ["stop", "pots", "tops", "opts", "post", "spot", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), set()).add(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes), len(primes))
print(sorted({1, 2} | {2, 3} & {3, 4}), sorted(({1, 2} | {2, 3}) & {3, 4}), sorted({1, 2, 3} - {2} ^ {3, 5}))
