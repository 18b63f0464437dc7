# float repr/str: shortest round-trip digits, exponent thresholds, special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e-4, 1e-5, 0.00001234, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 3.141592653589793, 2.718281828459045, 1.1, 9.95, 0.3,
        1234.5678, 1e22, 1e23, 4.35, 0.5, 2 ** 0.5, 1 / 7, 1e100, -1.5e-10]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("  3.25  "), float("1_000.5"), float("+.5"), float("-5."), float("INF"), float("nAn"))
print(float(10**20), float(2**53 + 1), float(-(2**63)))
for bad in ("", "1.2.3", "abc", "1e", "e5", "0x10", "1_", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print([0.1 * i for i in range(1, 8)])
print(round(2.675, 2), 1e16 + 1, 2.0 ** 60, 10.0 ** -20)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (0.5).as_integer_ratio(), (0.1).is_integer())
print(str(1e16).count("e"), str(123.0), str(-0.0), repr(1e-7), repr(0.0001))
