# enumerate and zip.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(['x', 'y'], start=-1)))
for i, (a, b) in enumerate(zip('xy', [1, 2])):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('a', 'b', 'c')))
print(dict(zip(['k1', 'k2'], [10, 20])), list(zip(*[(1, 'a'), (2, 'b')])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
e = enumerate('ab')
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('exhausted')
z = zip([1, 2], [3, 4])
print(list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print('ValueError:', err)
