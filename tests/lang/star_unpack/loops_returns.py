# Starred unpacking in for-loop targets, comprehensions, returns, and with nested tuples.
rows = [("ann", 90, 85, 77), ("bob", 60), ("cy", 70, 95)]
for name, *scores in rows:
    print(name, scores, sum(scores) / len(scores) if scores else None)
print([(first, rest) for first, *rest in ["abc", "d", "ef"]])
print({k: v for k, *v in [(1, 2, 3), (4,)]})
def stats(*nums):
    lo, *mid, hi = sorted(nums)
    return lo, mid, hi
print(stats(5, 3, 9, 1), stats(2, 1))
def split_head(seq):
    head, *tail = seq
    return head, tail
print(split_head(range(4)), split_head("x"), split_head([[1], [2]]))
try:
    split_head([])
except ValueError as e:
    print(type(e).__name__, e)
pairs = [((1, 2), "a"), ((3, 4), "b")]
for (x, y), label in pairs:
    print(label, x + y)
for i, (a, *b) in enumerate(["xyz", "pq"]):
    print(i, a, b)
def multi():
    return 1, [2, 3], (4, (5, 6))
a, [b, c], (d, (e, f)) = multi()
print(a, b, c, d, e, f)
*most, last = (i * i for i in range(5))
print(most, last)
merged = [*range(3), *[10, 20], *"ab"]
first, second, *others = merged
print(first, second, others)
def kw(**k):
    return k
print(kw(**{"a": 1}, **{"b": 2}), [*{"k1": 1, "k2": 2}], (*{1, 1},))
