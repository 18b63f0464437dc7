# Numeric builtins taking strings: int with base, float, and their errors.
for s, b in [('101', 2), ('777', 8), ('ff', 16), ('zz', 36), ('0x1A', 16), ('0o17', 0), ('0b11', 0),
             ('12', 0), ('-ff', 16), (' 7 ', 10), ('1_0', 10), ('0_7', 8)]:
    print(repr(s), b, int(s, b))
for s in ['3.5', '-0.0', '1e-3', 'inf', '-nan', '  2.  ', '.5', '1_000.5', '+1E2']:
    print(repr(s), float(s))
for s, b in [('2', 2), ('g', 16), ('', 10), ('0x', 16), ('1 2', 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('10', 37)
except ValueError as e:
    print('ValueError:', e)
