# itertools.groupby: consecutive runs, key functions, sorted grouping, run-length encoding.
from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWBBBWWCD"), rle(""), rle("x"))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])
records = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "dan")]
for dept, members in groupby(sorted(records), key=lambda r: r[0]):
    print(dept, [m for _, m in members])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])), [k for k, _ in groupby([None, None, 0, 0.0, False])])
data = [3, 4, 5, 10, 11, 20, 21, 22]
runs = []
for _, g in groupby(enumerate(data), key=lambda p: p[1] - p[0]):
    g = [v for _, v in g]
    runs.append((g[0], g[-1]))
print(runs)
print(max((len(list(g)), k) for k, g in groupby("aabbbbccccc dd")))
try:
    list(groupby(5))
except TypeError as e:
    print(type(e).__name__, e)
