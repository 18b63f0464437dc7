# Tuple/list unpacking: swap, nested, starred, in for loops, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
[p, q] = (10, 20)
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
h, *mid, t = [1, 2]
print(h, mid, t)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
i = j = k = 0
i += 1
print(i, j, k)
l1 = l2 = []
l1.append(1)
print(l2)
d = {}
d['a'], d['b'] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(d, lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2, **{'a': 3}})
for bad in [(1, 2, 3), (1,), 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    aa, *bb, cc = [1]
except ValueError as e:
    print('ValueError:', e)
