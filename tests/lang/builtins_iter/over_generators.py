# map/filter/zip/enumerate/sorted/min/max/sum/any/all consuming generators lazily.
def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i
log = []
m = map(lambda x: x * 2, gen(5, log))
print(log, next(m), log)
print(list(m), log)
log = []
print(any(x > 2 for x in gen(10, log)), log)
log = []
print(all(x < 3 for x in gen(10, log)), log)
print(any([]), all([]), any(gen(0, [])), all(x for x in []))
print(sum(gen(101, [])), sum((x / 2 for x in range(4)), 10), sum([[1], [2]], []))
print(min(gen(5, [])), max(gen(5, []), key=lambda v: -v), max((), default="empty"))
try:
    min(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(x % 5 for x in range(12)), sorted(gen(4, []), reverse=True))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda s: s.isdigit(), iter(["1", "a", "22"]))))
print(list(enumerate(gen(3, []), start=10)), list(enumerate("ab", -1)))
z = zip(gen(3, []), "abcdef", range(100, 200))
print(list(z))
log1, log2 = [], []
print(list(zip(gen(2, log1), gen(5, log2))), log1, log2)
print(list(zip()), list(zip([1, 2])))
print(list(map(pow, [2, 3], gen(3, []))), list(map(str, range(3))))
e = enumerate("xy")
print(next(e), list(e), list(e))
f = filter(str.isupper, "aBcDe")
print("".join(f), "".join(f))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed(range(5))), list(reversed([1, 2, 3])), list(reversed("abc")))
try:
    reversed(x for x in range(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda a, b: a, [1]))
except TypeError as e:
    print(type(e).__name__)
print(max("apple", "fig", "banana", key=len), min([3, 1, 2], key=lambda v: (v % 2, v)))
print(dict(enumerate("abc")), dict(zip("ab", gen(2, []))), set(map(len, ["a", "bb", "cc"])) == {1, 2})
print(sum(1 for _ in filter(None, map(int, "10203"))))
print(max([1, 3, 3], key=lambda v: v), max([(1, "a"), (1, "b")]), min(2, 1.5, 3))
