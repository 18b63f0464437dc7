# pow with two and three arguments, divmod, abs, round of ints.
print(pow(2, 10), pow(-2, 3), pow(2, -2), pow(0, 0), pow(7, 1))
print(pow(3, 200, 1000), pow(2, 100, 17), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, -1, 7), pow(38, -1, 97), pow(7, 0, 1), pow(12345, 6789, 10 ** 9 + 7))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7))
print(round(15, -1), round(25, -1), type(round(5)).__name__)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
