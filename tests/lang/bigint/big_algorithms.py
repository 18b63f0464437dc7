# Arbitrary-precision ints in algorithms: factorials, Fibonacci, powers, digit sums, gcd, roots.
import math
f100 = math.factorial(100)
print(f100)
print(sum(int(d) for d in str(f100)), len(str(f100)), str(f100).count("0"))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length())
print(2 ** 256 - 1, hex(2 ** 256 - 1)[:20], (2 ** 256) // (3 ** 100), (2 ** 256) % (3 ** 100))
x = 3 ** 200
y = 7 ** 150
print(x * y % 10 ** 20, (x - y) < 0, -x // y, -x % y == (y - x % y) % y)
print(math.gcd(2 ** 100 * 3 ** 50, 2 ** 60 * 3 ** 80) == 2 ** 60 * 3 ** 50)
print(math.isqrt(10 ** 100), math.isqrt(2 * 10 ** 60))
print(pow(2, 10 ** 5, 10 ** 9 + 7), pow(12345678901234567890, 65537, 2 ** 127 - 1))
n = 2 ** 127 - 1
print(n, all(n % p for p in range(2, 2000)))
print(int("9" * 60) + 1 == 10 ** 60, -(10 ** 30) // 7, (10 ** 30) // -7, divmod(-(10 ** 30), 7))
print((1 << 200) >> 199, (1 << 200) & ((1 << 100) - 1), ((1 << 100) | 1) ^ (1 << 100), ~(1 << 70))
print(-(2 ** 100) >> 3, -(2 ** 100) & 0xFFFF, (-(2 ** 70)) | 1)
print(float(2 ** 100), int(1e30), 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 40 / 10 ** 20, (10 ** 400) // (10 ** 399), 7 ** 77 > 8 ** 70)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(sorted([10 ** 20, -(10 ** 19), 5, 2 ** 64]), abs(-(3 ** 90)) == 3 ** 90, hash(2 ** 64) == hash(2 ** 64))
print(round(10 ** 25 + 123, -3), str(-(2 ** 65)), repr(3 ** 40), f"{2 ** 70:,}", f"{2 ** 64:x}")
