# Results that cross the 62/63/64-bit boundaries must promote silently.
vals = [2 ** 61, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64]
for v in vals:
    print(v, -v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 7, v << 1, v >> 1, -v - 1)
m = 2 ** 62 - 1
print(m + m, m * m, -m - m - 2, m * -m, abs(-m - 2))
n = -(2 ** 63)
print(n, n - 1, -n, n * -1, n // -1, abs(n), n % -1)
print(int('9' * 25) // int('9' * 12), str(10 ** 19)[:5], round(10 ** 20 + 5, -1))
print(sorted([2 ** 70, -2 ** 70, 0, 2 ** 62, 1.5e21]), max(2 ** 65, 3.0e19))
