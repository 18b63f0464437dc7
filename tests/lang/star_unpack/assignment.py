# Starred assignment targets, nested targets, unpacking errors.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]], d = [[1, [2, 3, 4]], 5]
print(a, b, c, d)
first, *_, last = "abcdef"
print(first, last, _)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
head, *tail = iter(range(3))
print(head, tail, type(tail).__name__)
*init, = (1, 2)
print(init)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
x = y = [0]
print(x is y)
x, y = y, x
p, q = q, p = 1, 2
print(p, q)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = "ab"
print(o.x, o.y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)
k, v = {"only": 1}.popitem()
print(k, v)
a, b = b, a = "st"
print(a, b)
