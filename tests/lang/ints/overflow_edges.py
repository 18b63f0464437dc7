# Values near the 2**62 boundary that still fit a 64-bit word.
big = 2 ** 62 - 1
small = -(2 ** 62)
print(big, small)
print(big // 3, big % 1000, small // 7, small % 7)
print(big - 1, small + 1, -big)
print(3037000499 ** 2, (3037000499 ** 2) // 3037000499)
print(2 ** 31 * 2 ** 30, (2 ** 31 - 1) * (2 ** 31 - 1))
print(abs(small + 1), -(small + 1))
print(1 << 61, (1 << 61) >> 60, ~(1 << 61))
acc = 1
for i in range(1, 21):
    acc *= i
print(acc, acc // 2 ** 10, acc % 1000003)
print(int('4611686018427387903'), int('-4611686018427387904'))
