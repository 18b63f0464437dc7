# round (banker's rounding, ndigits), divmod and pow on ints and floats.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e16]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 1.45, -0.25]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, 3.14159, 100.0]])
print(round(123.456, -1), round(123.456, -2), round(155, -1), round(145, -1), round(-155, -1))
print(round(5), round(5.0), round(-0.4), round(0.0), round(1.23456789, 5), round(3, 2))
print(type(round(2.5)), type(round(2.5, 1)), type(round(3, 1)))
print(divmod(9, 4), divmod(-9, 4), divmod(9, -4), divmod(9.5, 2), divmod(-9.5, 2))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3) if False else 'skip', pow(10, -3))
print(pow(3, 4, 5), pow(-2, 5, 7), pow(2, 0, 7), 2 ** 62 - 1 == pow(2, 62) - 1)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
print(round(float('inf'), 2), round(float('nan'), 1))
