# float methods and arithmetic corner cases: is_integer, as_integer_ratio, hex, inf/nan propagation.
for v in (2.0, 2.5, -0.0, 1e300, 0.1):
    print(v, v.is_integer(), v.as_integer_ratio())
print((3.75).hex(), (1.0).hex(), (-0.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, nan + 1, nan == nan, nan != nan)
print(max(1.0, nan), min(nan, 1.0), sorted([3.0, 1.0, 2.0]), inf > 1e308, -inf < -1e308)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2 ** 53 + 1.0)
print(1.0 / 3 * 3, 7.0 // 2, -7.0 // 2, 7.0 % -2, 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 4.0 ** -0.5)
print(float(7), float("-0"), -0.0 == 0.0, str(-0.0), 0.0 * -1, abs(-0.0))
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(3.14159, 3), int(-2.9), int(2.9), float(int(1e15)), 1e15 == 10 ** 15)
print(3.0 == 3, 3.5 > 3, 1 < 1.5 < 2, hash(3.0) == hash(3), {3.0: "x"}[3])
print(sum([1e100, 1.0, -1e100]), 1e-320 > 0, 5e-324 / 2, 1.7976931348623157e308 * 1.0000001)
print(float("1e-400"), float("0.000000000000000000001"), 123e-2, .5, 5.)
print(format(0.1, ".20f"), "%.17g" % 0.1, f"{2/3:.15g}")
