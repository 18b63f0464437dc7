# sorted and reversed on all iterables.
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({'b': 0, 'a': 1}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
print(''.join(reversed('stressed')), list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print('TypeError:', e)
data = ['b2', 'a10', 'a2', 'b1']
print(sorted(data, key=lambda s: (s[0], int(s[1:]))))
