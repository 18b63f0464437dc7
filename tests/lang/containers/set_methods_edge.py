# set / frozenset: construction, methods, operators and their result types.
def show(s):
    return type(s).__name__ + str(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(show(a | b), show(a & b), show(a - b), show(a ^ b), show(b - a))
print(show(a.union([9], (10,), 'x' if False else [])), show(a.intersection(range(3), [2, 1, 7])),
      show(a.difference([1], {2})), show(a.symmetric_difference([4, 5, 5])))
print(show(a.union()), show(a.intersection()), a.union() is not a)
print(a.issubset(range(10)), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset([9]),
      a.isdisjoint([7, 8]), a.isdisjoint((4,)), a <= a, a < a, {1} < a, a > {1}, a >= {9})
f = frozenset([1, 2, 3])
print(show(f | {9}), show({9} | f), show(f & {1}), show(f.copy()), f.copy() is f, show(f.union([4])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1, 2]) == {1, 2}, {f: 1}[frozenset({1, 2, 3})])
s = set()
s.add(1)
s.add(1)
s.add((2, 3))
s.update([4], {5}, 'ab')
print(len(s), 1 in s, (2, 3) in s, 'a' in s)
s.discard(99)
s.discard('a')
s.remove('b')
try:
    s.remove('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    s.add([1])
except TypeError as e:
    print('TypeError:', e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
t = {1, 2, 3, 4, 5}
t.intersection_update([1, 2, 3, 9], range(2, 10))
print(show(t))
t.difference_update([3])
print(show(t))
t.symmetric_difference_update([2, 8])
print(show(t))
t |= {20}
t &= {20, 2, 8}
t -= {8}
t ^= {2, 30}
print(show(t))
u = {1, 2}
u -= u
print(u)
u = {1, 2}
u ^= u
print(u)
v = {1, 2}
w = v
w |= {3}
print(v is w, show(v))
g = frozenset([1])
h = g
g |= {2}
print(show(g), show(h), g is h)
for op in (lambda: {1} | [1], lambda: {1} & 5, lambda: frozenset() - []):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
try:
    x = {1}
    x |= [2]
except TypeError as e:
    print('TypeError:', e)
print(show(set('hello')), show(frozenset(range(3))), set(), frozenset(), show(set({'k': 1})))
for bad in ((1, 2), (5,)):
    try:
        set(*bad)
    except TypeError as e:
        print('TypeError:', e)
print({frozenset([1])}.issuperset([frozenset([1])]))
fs = {frozenset([1, 2])}
fs.remove({1, 2})
print(fs)
print({1, 2} == frozenset([1, 2]), {1} != {1}, set([1, 1.0, True]) == {1})
