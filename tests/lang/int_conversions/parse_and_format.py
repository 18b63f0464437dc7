# int() parsing with bases, underscores, whitespace, signs; hex/oct/bin and format round trips.
print(int("42"), int("  -17 "), int("+5"), int("0"), int("-0"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("12", 3))
print(int("0", 0), int("00", 0) if False else "skip", int("1_0", 0), int(" 0x_1f ", 0))
for bad, base in (("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10),
                  ("08", 0), ("abc", 10), (" ", 10), ("1 2", 10), ("9", 8)):
    try:
        int(bad, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(1e18), int(2.5e20))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for n in (0, 1, -1, 255, -255, 2**64, -(2**70) + 3):
    print(hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(bin(n), 0) == n)
print(str(10**30), repr(-10**25), len(str(2**1000)))
print(int("1" * 50) % 97, int("-" + "9" * 40) // 10**39)
print((255).to_bytes(2, "big") if hasattr(int, "to_bytes") else b"", (1234).bit_length(), (-1).bit_length())
print(int("١٢٣"), int("\u0661\u0662"), int("12\n"))
