# min, max (key, default), sum (start), abs, all, any.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1.5, 2, -3]))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len), max([], default='empty'))
print(min([], default=None), max([1, 5, 3], default=0), max([-3, 2, -5], key=abs))
print(max([(1, 'b'), (1, 'a')]), max([1, 3, 3, 2], key=lambda x: x == 3))
print(max([2, 2.0]), max([2.0, 2]), min([0, False]), min([False, 0]))
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([True, True, False]), sum([1, 2.5]), sum(x * x for x in range(4)))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 40))
print(all([]), all([1, 'a']), all([1, 0]), any([]), any([0, '']), any([0, 'x']), all('abc'))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
try:
    min()
except TypeError as e:
    print('TypeError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    max([], key=len)
except ValueError as e:
    print('ValueError:', e)
