# Sorting: multi-key sorts, stability across passes, reverse with stability, mixed key tuples.
people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cy", 30, "la"), ("dee", 25, "nyc"), ("ed", 35, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print(by_age_then_city)
print(sorted(people, key=lambda p: p[1], reverse=True))
data = [3, 1, 2, 3, 1]
idx = sorted(range(len(data)), key=data.__getitem__)
print(idx)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=lambda w: w[::-1]))
nums = [-5, 3, -1, 0, 2, -3]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
print(sorted("hello world"), "".join(sorted("hello", reverse=True)))
records = [{"n": "x", "s": 2}, {"n": "y", "s": 1}, {"n": "z", "s": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["s"])])
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
lst = [(1, "b"), (1, "a"), (0, "c")]
lst.sort(key=lambda t: t[0])
print(lst)
print(sorted([[3, 1], [2, 2], [3, 0]]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, 3, 2.5, True]), sorted({"b": 1, "a": 2}), sorted(x % 3 for x in range(9)))
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
print([v.s for v in sorted(Ver(s) for s in ["1.10", "1.2", "1.9.1", "0.9", "1.2.0"])])
print(sorted(range(10), key=lambda v: v % 3, reverse=True))
