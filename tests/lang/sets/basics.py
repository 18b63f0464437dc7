# set construction, membership, add/remove/discard/pop, and their errors.
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
s.add(2)
s.add(10)
print(sorted(s))
s.discard(99)
s.discard(1)
print(sorted(s))
s.remove(10)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
e = set()
print(e, repr(e), len(e), bool(e), bool(s))
try:
    e.pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
print(set("banana") == {"a", "b", "n"}, set([1, 1, 1]) == {1})
print({1, 1.0, True} == {1}, len({1, 1.0, True}))
p = {5}
print(p.pop(), p)
x = {1, 2}
y = x.copy()
y.add(3)
print(sorted(x), sorted(y))
x.clear()
print(x)
try:
    {[1, 2]}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    s.add({})
except TypeError as ex:
    print(type(ex).__name__, ex)
print({(1, 2), (1, 2)} == {(1, 2)})
print(sorted({x % 4 for x in range(20)}))
print(repr({7}), str({"a"}))
print(set(range(5)) == set(range(5)), set() == frozenset())
print({1, 2} != {2, 1}, {None} == {None})
