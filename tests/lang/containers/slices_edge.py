# Slicing list/tuple/str/range with odd bounds, __index__, assignment and deletion.
a = list(range(10))
print(a[-100:100], a[5:-100:-1], a[::-3], a[10**20:], a[:-10**20], a[::10**20], a[::-10**20])
print(a[None:None:None], a[True:5], a[slice(2, 8, 3)])
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[I(2):I(-2):I(2)], (1, 2, 3, 4)[I(1):], 'abcdef'[I(-3):])
try:
    a[1:2:0]
except ValueError as e:
    print('ValueError:', e)
try:
    a['x':]
except TypeError as e:
    print('TypeError:', e)
t = (0, 1, 2, 3, 4, 5)
print(t[::2], t[::-1], t[4:1:-1], t[:0], t[:] is t)
s = 'héllo wörld'
print(s[1:4], s[::-1], s[::2], s[-5:], s[100:], len(s[2:9]))
print('abc'[::-1], 'abc'[1:1], 'abcdef'[-2::-2])
b = b'abcdef'
print(b[1:3], b[::-2], b[10:])
r = range(10)
print(r[2:8:2], r[::-1], r[::-1][2:5], r[5:2], list(r[1::3]))
print(range(0, 20, 3)[::2], range(10, 0, -2)[1:], range(5)[-2:], range(0, 10)[::10**9])
print(range(3)[-1], range(10, 0, -3)[2])
try:
    range(3)[3]
except IndexError as e:
    print('IndexError:', e)
# slice assignment
x = list(range(8))
x[2:5] = ['a']
print(x)
x[1:1] = 'xyz'
print(x)
x[:] = x
print(x)
x[::2] = range(len(x[::2]))
print(x)
x[::-3] = ['p', 'q', 'r']
print(x)
x[5:2] = [None]
print(x)
x[-1:] = (i for i in range(3))
print(x)
try:
    x[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    x[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    x[::2] = 5
except TypeError as e:
    print('TypeError:', e)
# deletion
y = list(range(12))
del y[::3]
print(y)
del y[::-2]
print(y)
del y[1:3]
print(y)
del y[100:]
del y[:0]
print(y)
del y[:]
print(y)
z = list(range(10))
del z[8:1:-3]
print(z)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(5).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
