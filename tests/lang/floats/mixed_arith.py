# Int and float mixing, promotion rules, and accumulated rounding error.
print(1 + 1.0, 3 - 0.5, 2 * 0.5, 7 / 7, 7 // 2.0, 7 % 2.0, 2 ** 0.0, 2.0 ** 2)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9, round(x, 10))
print(10 ** 15 + 0.5, 10 ** 16 + 0.5, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(1 / 7, 22 / 7, 355 / 113, 1e-10 * 1e10, 3 * 1.1)
print(0.1 * 0.1, 1 - 0.9, 100 * 1.1, 4.35 * 100, 0.57 * 100, int(0.57 * 100))
print(float('1e500'), float('-1e500'), 1e-323 / 2, 5e-324 / 2)
vals = [3, 2.5, -1, 0.0, True]
print(sum(vals), max(vals), min(vals), sorted(vals))
