# len, type, isinstance with tuples, callable.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len(range(10)), len(''), len([[]]))
for v in [1, 1.0, 'a', [], (), {}, None, True, range(1), len, print, lambda: 0]:
    print(type(v).__name__, end=' ')
print()
print(type(1) == int, type(True) == bool, type(True) == int, type(type(1)).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, int)))
print(isinstance('s', str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(1.0, (int, (float, str))), isinstance(ValueError('x'), Exception))
print(callable(len), callable(1), callable(int), callable('x'.upper), callable(None))
print(int, str, type, len, print)
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError:', e)
