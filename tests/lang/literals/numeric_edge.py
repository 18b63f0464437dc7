# Numeric literal edge cases: adjacent operators, attribute access on literals.
print(1 .real, 1.0.real, (1).imag, 0x10 .bit_length(), 1e3.is_integer())
print(1 if True else 2, 0xf+1, 1_1 * 1_1, 0b1_1 << 0o1)
print(-2 ** -1, (-2) ** -1, 2 ** -2 ** 2, 10 ** 0.5 ** 2)
print(1 + -1, 1 - -1, 1 - - 1, 1 + + 1, -~1, ~-1)
print(.0, 0., 0e5, 0.0e-5, 1e-0, 9.5e+0)
print(type(1e0).__name__, type(0x1).__name__, 0.1e1 == 1)
