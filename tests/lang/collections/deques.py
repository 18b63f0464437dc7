# collections.deque: both ends, maxlen, rotation, indexing, comparisons, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d, d.count(2), d.index('a'), 3 in d, 'z' in d, bool(d), bool(deque()))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d.reverse()
print(d)
d.remove('a')
d.insert(1, 'X')
d.insert(-1, 'Y')
d.insert(100, 'Z')
d.insert(-100, 'W')
print(d)
del d[0]
d[0] = 'first'
d[-1] = 'last'
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, len(d))

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft('xy')
print(b)
z = deque('abc', maxlen=0)
z.append(1)
print(z, deque(maxlen=2), deque('ab', 5), deque(), deque([[1], (2,)]))

ring = deque()
for i in range(100):
    ring.append(i)
    if i % 3 == 0:
        ring.popleft()
print(len(ring), ring[0], ring[-1], sum(ring), ring.index(50))
for i in range(60):
    ring.appendleft(ring.pop())
print(ring[0], ring[-1], list(ring)[:5])

print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1]) * 3, 3 * deque([1], 2), deque([1]) + deque([2]), deque('ab') * 0)
e = deque([1], 2)
e += [2, 3]
print(e)
e *= 2
print(e)
f = deque([1, 2, 3])
f += f
print(f, f.index(3, 3), f.index(1, -3), f.index(2, 0, 2))
g = deque()
g.append(g)
print(g)

tests = [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque()[0],
         lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1], -1),
         lambda: deque([1], 'a'), lambda: deque(1), lambda: deque([1], 1).insert(0, 2),
         lambda: hash(deque()), lambda: deque([1])['a'], lambda: deque([1])[5],
         lambda: deque([1]).__setitem__(3, 1), lambda: deque([1]).__delitem__(-2),
         lambda: deque([1]) * 'a', lambda: deque([1]) + [1], lambda: deque().extend(5),
         lambda: deque([1, 2]).index(1, 'a'), lambda: deque([1])[0:1]]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for item in m:
        m.append(4)
except RuntimeError as e:
    print('RuntimeError', e)
print(len(m))
