# int methods and behaviours: bit_length, bit_count, conjugate, numerator, int() of floats/strings.
for n in (0, 1, 7, 8, 255, -255, 2 ** 64, -(2 ** 64) + 1):
    print(n, n.bit_length(), n.bit_count(), n.numerator, n.denominator, n.real, n.imag)
print((5).conjugate(), int.__name__, (10).__abs__(), (3).__neg__(), (7).__floordiv__(2))
print(True + True, True * 10, -True, ~True, True << 3, False ** 0, (True).bit_length())
print(isinstance(True, int), int(True) == 1, type(True + 1).__name__, True / 2)
print(7 // 2, -7 // 2, 7 % -2, 2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2, -2 ** 2)
print(10 / 4, 10 / 5, type(10 / 5).__name__, 1 / 3, 2 ** 62 / 2, (2 ** 64 + 1) / 2)
print(abs(-5), abs(5), max(-3, 2), min(-3, 2), pow(2, 5), pow(-2, 5), pow(2, 0.5))
print(int.from_bytes if False else "fb", str(int("-0")))
print(0xff, 0o17, 0b1010, 1_000_000, 0x_FF, 0b_1, 00, 0_0)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -5 & 0xFF, -1 ^ 0)
print(sum(range(1, 101)), 100 * 101 // 2, 17 % 5, -17 % 5, 17 % -5, -17 % -5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int("3.0")
except ValueError as e:
    print(type(e).__name__, e)
print(int(" 42\t"), int("-0b11", 0) if False else int("-11", 2), int("+0o7", 0), int("٤٢"))
print((12).__index__(), [0, 1, 2][True], "ab"[False], range(10)[True:3])
print(divmod(17, 5), divmod(-17, 5), pow(3, -1, 11), (123456789 * 987654321) % 1000000007)
