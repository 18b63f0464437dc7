# Lexicographic comparison of strings, lists and tuples.
print('a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1, 2] == [1, 2])
print((1, 2) < (1, 3), (1, 'a') < (1, 'b'), (0,) < (0, 0), (1, 2) == (1, 2), () == ())
print([1, 2] == (1, 2), [1] != (1,), 'a' == 'a', 'a' != None)
print([[1, 2], [1]] < [[1, 2], [2]], sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max('apple', 'banana', 'cherry'), min([3, 1], [2, 9], [2, 1]))
print([1, float('nan')] == [1, float('nan')])
try:
    print([1, 2] < (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('a' < 1)
except TypeError as e:
    print('TypeError:', e)
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    print(None < None)
except TypeError as e:
    print('TypeError:', e)
