# int() from strings, floats and bools; bases.
print(int('42'), int('-17'), int('  +8  '), int('0'), int('-0'), int('1_000'))
print(int(3.9), int(-3.9), int(True), int(False), int(1e10))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('777', 8))
print(int('0o777', 0), int('0b101', 0), int('101', 2), int('z', 36), int('Zz', 36))
print(int('12', 3), int('-101', 2), int('  -0x1f  ', 16), int('10', 0))
print(int(), int('٣'), int('\t9\n'))
print(str(255), hex(255), oct(255), bin(255), hex(-255), bin(-5), oct(-8))
print(hex(0), oct(0), bin(0))
for bad in ['', ' ', '1.5', 'abc', '0x', '1__0', '_1', '1_', '08']:
    try:
        int(bad, 0) if bad == '08' else int(bad)
        print('ok', repr(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('1', 1)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
