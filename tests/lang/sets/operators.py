# set algebra with operators and methods; comparison operators are subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))))
print(sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 5, 6])))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} < {1, 2, 3}, {1, 2, 3} > {1})
print({1, 2} >= {1, 2}, {1} > {2})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
d = {1, 2, 3}
d.update([4], (5,), "")
print(sorted(d))
d.intersection_update({1, 2, 3, 4})
print(sorted(d))
d.difference_update([1], [2])
print(sorted(d))
d.symmetric_difference_update({4, 9})
print(sorted(d))
f = frozenset({1, 2})
print(type(a | f).__name__, type(f | a).__name__, sorted(f & a))
print({1, 2} == frozenset({1, 2}))
big = set(range(1000))
print(len(big - set(range(0, 1000, 2))), sum(big & set(range(990, 2000))))
empty = set()
print(empty | empty, sorted(a - a), a & set() == set())
