# list methods: append, extend, insert, remove, pop, index, count, clear, copy, reverse.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'beforelast'); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count('zz'))
b = a.copy(); b.append('only b'); print(a, b)
a.reverse(); print(a)
a.clear(); print(a, len(a))
c = [1, 2, 3, 2, 1]
print(c.index(2, 2), c.index(1, 1, 5))
try:
    c.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    c.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    c.pop(10)
except IndexError as e:
    print('IndexError:', e)
print(c + [4], c * 2, [0] * 5, [[]] * 2, 2 * [1, 2], [] * 3)
d = c
d += [9]
print(c, d is c)
d *= 2
print(c)
print(len([1, [2, 3]]), 3 in c, 7 not in c, [1, 2] in [[1, 2], 3])
print(list(), list((1, 2)), list('hi'), list(range(3)), list({'a': 1, 'b': 2}))
