# Builtins as values, repr of builtin functions and types, and small helpers.
fns = [len, abs, max, min, sum, sorted, repr, str, int]
print([f.__name__ for f in fns])
print(repr(len), repr(int), repr(str), repr(type(None)))
print(list(map(abs, [-1, 2, -3])), list(map(len, ['', 'ab'])), list(map(str, [1.5, None])))
print(divmod(17, 3), pow(2, 5), hex(4095), oct(64), bin(10), chr(9731), ord('☃'))
print(format(3.14159, '.2f'), format(42, '08b'), format('s', '>4'), format(1234567, ','))
print(isinstance(len, type(print)), type(len).__name__, callable(type))
print(all(callable(f) for f in fns), any(f is len for f in fns))
