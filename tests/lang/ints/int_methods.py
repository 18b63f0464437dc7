# Methods and attributes of int.
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (1 << 40).bit_length())
print((5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((10).__add__(5), (10).__sub__(3))
print(abs(-9), abs(9), abs(0))
print(int.__name__, isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
print((12).__eq__(12), (12).__lt__(13), (3).__mul__(4))
print((-7).__floordiv__(2), (-7).__mod__(2))
print((6).bit_count(), (255).bit_count(), (-7).bit_count())
