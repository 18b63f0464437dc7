# itertools: islice argument forms, errors and exact consumption.
from itertools import islice, count
import sys

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None, None, 3)))
print(list(islice('ABCDEFG', None)))
print(list(islice('ABCDEFG', 1, 6, 2)))
print(list(islice(range(10), 5, 2)))
print(list(islice(range(10), 0)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice(range(5), 2, sys.maxsize)))
print(list(islice(range(5), True, 4)))

it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))
it = iter(range(3))
s = islice(it, 5)
print(list(s), list(s))

cases = [(), ('abc',), ('abc', 1, 2, 3, 4), ('abc', 'x'), ('abc', -1), ('abc', -2),
         ('abc', 'x', 3), ('abc', -1, 3), ('abc', 1, -3), ('abc', 1, -1), ('abc', 1, 3, 0),
         ('abc', 1, 3, -1), ('abc', 1, 3, 'z'), ('abc', 1.5), ('abc', 0, 1.5),
         (5, 2), (5, -1), ('abc', None, None, None), ('abc', 2 ** 100), ('abc', 2 ** 100, 3),
         ('abc', 0, -2 ** 100), ('abc', 0, 3, 2 ** 100)]
for args in cases:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice('abc', stop=3)
except TypeError as e:
    print('TypeError', e)
