# Basic int arithmetic and precedence.
print(1 + 2, 7 - 10, 6 * 7, 2 ** 10, 3 ** 0, 0 ** 0)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(+7, -7, -(-7), ~7, ~-1, ~0)
a = 123456
b = 789
print(a + b, a - b, a * b, a // b, a % b)
print(1000000 * 1000000, 3037000499 * 3037000499)
print(2 ** 40, 2 ** 61, -(2 ** 61))
print(7 / 2, 6 / 3, -7 / 2, 1 / 4, type(6 / 3).__name__)
print(2 ** -1, 10 ** -2, type(2 ** -1).__name__)
total = 0
for i in range(1, 101):
    total += i * i
print(total)
print(sum(range(1000)), 12345 * 6789 - 9876)
