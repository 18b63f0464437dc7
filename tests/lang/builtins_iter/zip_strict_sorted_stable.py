# zip(strict=True), sorted stability with keys, min/max ties and argument errors.
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
print(max([1, 1.0], key=type.__name__ if False else None), max(1.0, 1), min(1, 1.0))
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([0.1] * 10), sum(range(10**5)), sum([], 5))
print(all([1, [], 2]), any([0, "", None, 0.0]), any(iter([0, 0, 3])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words))[:3])
print(sorted(words, key=lambda w: (len(w), w), reverse=True)[:4])
lst = [5, 2, 8, 1]
res = lst.sort()
print(res, lst, sorted(lst) is lst)
print(min("hello"), max("hello"), min([[2], [1, 5]]), max((0, 1), (0, 1, -1)))
print(min(range(10), key=lambda v: abs(v - 6.4)), max(range(-5, 5), key=abs))
print(list(enumerate([])), list(zip([], [1])), sorted(()), sorted({}), sorted("cba"))
print(max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get))
