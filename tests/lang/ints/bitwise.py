# Bitwise operators and shifts on non-negative and negative ints.
for a, b in [(12, 10), (0, 5), (-12, 10), (12, -10), (-12, -10), (255, 15)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 40, 5 << 3, -5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1 >> 10, -1023 >> 3, 7 >> 100, -7 >> 100)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
x = 0
for i in range(0, 40, 3):
    x |= 1 << i
print(x, bin(x).count('1'))
print(6 & 3 | 8 ^ 1, 6 & (3 | 8) ^ 1, 1 << 2 + 1, (1 << 2) + 1)
