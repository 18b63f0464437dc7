# Operator precedence across arithmetic, shifts, bitwise, comparisons and boolean operators.
print(1 + 2 << 3, 1 + (2 << 3), 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 5 & 3 == 1, (5 & 3) == 1)
print(not 1 + 1 == 2, 1 < 2 and 2 < 3 or 0, 0 or 1 and 2, (0 or 1) and 2)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5, 7 % 4 * 3, 7 * 4 % 3, -7 // 2 * 2)
print(~5 + 1, -~5, 3 - -3, +-+3, 1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
print(1 if 2 > 1 else 3 + 100, [1, 2][0] + 5, 'ab'[0] * 3, -2 ** 0.5 < 0)
