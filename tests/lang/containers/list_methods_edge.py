# list methods: edge cases and CPython's error messages.
a = [3, 1, 2]
a.insert(100, 'end')
a.insert(-100, 'start')
a.insert(-1, 'before-end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for bad in ([], [1]):
    try:
        bad.pop(5) if bad else bad.pop()
    except IndexError as e:
        print('IndexError:', e)
try:
    [1].pop('x')
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].index('nope')
except ValueError as e:
    print('ValueError:', e)
b = [0, 1, 2, 1, 0, 1]
print(b.index(1), b.index(1, 2), b.index(1, -3), b.index(0, 1, 100), b.count(1), b.count(9))
try:
    b.index(2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    b.index(1, 'x')
except TypeError as e:
    print('TypeError:', e)
print(b.index(1, -100, 2), b.index(1, 10**30 * -1, 10**30))
c = [1, 2]
c.extend(c)
c.extend(x * 10 for x in range(3))
c.extend('ab')
c.extend((7,))
print(c)
c.reverse()
print(c)
d = c.copy()
c.clear()
print(c, len(d), d is not c)
print([1.0, 1, True].count(1), [1, 2.0, 3].index(2))
class Idx:
    def __index__(self):
        return 1
e = ['a', 'b', 'c']
e.insert(Idx(), 'X')
print(e, e.pop(Idx()), e[Idx()])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other)
        return self.v == other
f = [1, 2, 3]
f.remove(Eq(2))
print(f, [Eq(5)].count(5))
g = []
g.append(g)
print(g, len(g[0][0]))
