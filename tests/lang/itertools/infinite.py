# itertools: count, cycle, repeat and their reprs.
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), repr(c))
c = count(5)
print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(10, -2)
print([next(c) for _ in range(4)], repr(c))
c = count(0.1, 0.1)
print([next(c) for _ in range(5)], repr(c))
print(repr(count(1.5)), repr(count(0, 1.0)), repr(count(2, 3)), repr(count(1, 0.5)))
print(repr(count(True)), repr(count(2 ** 70)), repr(count(1, True)), repr(count(step=2, start=3)))
c = count(2 ** 64, 2 ** 64)
print(next(c), next(c), c)
for bad in [('a',), (1, 'a'), (None,)]:
    try:
        count(*bad)
    except TypeError as e:
        print('TypeError', e)
print(list(zip(count(1), 'abc')))

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(cycle([])))
print(list(islice(cycle(iter([1, 2])), 5)))
try:
    cycle(5)
except TypeError as e:
    print('TypeError', e)

r = repeat('a', 3)
print(repr(r))
next(r)
print(repr(r), list(r), repr(r))
print(repr(repeat(1)), repr(repeat(1, -2)), list(repeat(1, -2)), repr(repeat(1, times=2)))
print(list(repeat([1], 2)), list(map(pow, range(5), repeat(2))))
print(repr(repeat('x', 0)), repr(repeat(None)))
r = repeat(7)
print([next(r) for _ in range(3)])
try:
    repeat(1, 'a')
except TypeError as e:
    print('TypeError', e)
