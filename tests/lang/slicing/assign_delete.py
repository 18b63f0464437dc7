# Slice assignment and deletion, including extended slices and size mismatches.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[:]
print(c, len(c))
d = list(range(6))
d[::-1] = d
print(d)
e = [1, 2, 3]
e[1:2] = range(5)
print(e)
e[5:] = (x * x for x in range(3))
print(e)
f = [0] * 5
f[-2:] = [8, 9, 10]
print(f)
try:
    f[1:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
g = list(range(8))
g[6:2:-2] = ["p", "q"]
print(g)
del g[::-1]
print(g)
try:
    t = (1, 2, 3)
    t[0:1] = [9]
except TypeError as ex:
    print(type(ex).__name__, ex)
