# Slice assignment and deletion, including extended slices.
a = list(range(10))
a[2:5] = ['a', 'b']; print(a)
a[:0] = [-1, -2]; print(a)
a[len(a):] = [100]; print(a)
a[1:3] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
a[:] = 'xyz'; print(a)
b = list(range(8))
b[5:2:-1] = ['p', 'q', 'r']; print(b)
del b[::3]; print(b)
del b[1:3]; print(b)
del b[-1]; print(b)
del b[:]; print(b)
c = [1, 2, 3]
c[1:2] = range(5); print(c)
c[3:1] = ['ins']; print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    c[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
d = [1, 2, 3, 4]
d[1:3] = d; print(d)
