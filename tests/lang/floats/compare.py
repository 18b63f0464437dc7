# Float comparisons, including with ints and special values.
print(0.1 + 0.2 > 0.3, 0.5 == 1 / 2, 1.0 == 1, 1.0 != None)
print(float('inf') == float('inf'), float('-inf') < 0 < float('inf'))
n = float('nan')
print(n == n, n is n, [n] == [n], n in [n], n < n, n >= n)
print(sorted([3.5, -1.0, 2, 0.0, -0.0, 1e-9]))
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), min(0.0, -0.0))
print(2 ** 53 < 2.0 ** 53 + 2, 9007199254740993 > 9007199254740992.0)
print(1e-320 > 0, 1e-400 == 0)
