# ranges whose bounds exceed 64 bits: membership, indexing, slicing, reversed, length errors.
big = range(-10 ** 20, 10 ** 20, 7)
print(big, 0 in big, 7 in big, (10 ** 20 - 1) in big, big[5], big[-1], big[10 ** 18])
print(big[10 ** 19:10 ** 19 + 20:5], list(range(2 ** 64, 2 ** 64 + 3)), big.index(-10 ** 20 + 70))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 70).stop == 2 ** 70, len(range(2 ** 62, 2 ** 62 + 5)), next(reversed(range(2 ** 65))))
print(sum(range(10 ** 30, 10 ** 30 + 4)), range(0, 2 ** 100, 2 ** 99) == range(0, 2 ** 100, 2 ** 99))
