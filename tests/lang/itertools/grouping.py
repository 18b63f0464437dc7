# itertools: groupby with keys, and group invalidation as in CPython.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
print([(k, ''.join(g)) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))

groups = []
for k, g in groupby('aabbbc'):
    groups.append(g)
print([list(g) for g in groups])

gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), list(g3))
try:
    next(gb)
except StopIteration:
    print('done')

gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, list(g), next(gb)[0])
print([(k, len(list(g))) for k, g in groupby([1.0, 1, True, 2, 2.0])])
nan = float('nan')
print([k for k, g in groupby([nan, nan, 1])])
print(dict((k, list(g)) for k, g in groupby('xxyz')))
try:
    groupby(5)
except TypeError as e:
    print('TypeError', e)
