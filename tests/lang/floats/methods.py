# Methods of float.
print((2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer())
print((3.75).as_integer_ratio(), (0.5).as_integer_ratio(), (-2.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(float(True), float('  7  '), float('-0'), float('1e-3'))
for bad in ['', 'abc', '1.2.3', '1e', 'inff']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
