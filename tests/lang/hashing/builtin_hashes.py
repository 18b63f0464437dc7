# hash() invariants: equal numbers hash equal, tuples/frozensets hash by content, unhashables.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**20))
print(hash(0.5), hash(1.5), hash(-2.25), hash(float("inf")), hash(float("-inf")))
print(hash(123456789), hash(-987654321))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(()) == hash(()), hash("abc") == hash("ab" + "c"))
print(hash(None) == hash(None), isinstance(hash("x"), int))
for v in ([], {}, set(), [1, (2,)], ([],)):
    try:
        hash(v)
        print("hashable?!")
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), range(3) == range(0, 3, 1))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {2.0, 2}
print(s, {(1, 2.0)} == {(1.0, 2)})
print(hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-(2**100)) == -hash(2**100))
print(hash(1e100) == hash(int(1e100)))
print(hash(3.0) == 3, hash(-3) == -3, hash(-1) == -2)
