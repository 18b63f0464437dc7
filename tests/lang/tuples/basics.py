# Tuples: packing, indexing, slicing, methods, immutability, comparisons.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t + (4,), t * 2, 2 * (0,), (1, 2) + (), t.count(2), t.index(3))
print(1 in t, 5 not in t, (1, 2) in [(1, 2)], ((1, 2),) == ((1, 2),))
nested = (1, [2, 3], (4, 5))
nested[1].append('x')
print(nested, nested[2][1])
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    t[5]
except IndexError as e:
    print('IndexError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
x = (5)
y = (5,)
print(type(x).__name__, type(y).__name__, repr(()), repr((None,)))
u = t
u += (4,)
print(t, u)
print(sorted((3, 1, 2)), max((1, 9, 3)), sum((1, 2, 3)), tuple(x * 2 for x in t))
print(tuple([[1], 2])[0], (1, 2, 3)[1:2], ('a',) * 3)
