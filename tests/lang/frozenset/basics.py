# frozenset: immutable, hashable, usable as dict keys and set elements.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset()), frozenset() == set())
g = frozenset("abc")
print(sorted(g), g == frozenset("cba"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(d[frozenset([2, 1])], d.get(frozenset()), len(d))
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(f | {9}), sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 9}))
print(type(f.union([5])).__name__, type(f.copy()).__name__, f.copy() == f)
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([7]))
print(frozenset(range(3)) < frozenset(range(4)), frozenset([1]) > frozenset())
x = frozenset([1, 2])
y = x
x |= {3}
print(sorted(x), sorted(y), x is y)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(frozenset([5])), str(frozenset({"z"})))
print(frozenset(frozenset([1, 2])) == {1, 2}, frozenset({1: 2, 3: 4}) == {1, 3})
print(sorted(frozenset(x * x for x in range(-3, 4))))
