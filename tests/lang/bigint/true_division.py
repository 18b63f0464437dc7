# True division with ints beyond float range: correctly rounded when the quotient fits,
# OverflowError only when the result itself is too large.
print((2 ** 1100) / (2 ** 1090), (10 ** 400) / (10 ** 399), (3 ** 700) / (3 ** 699))
print((10 ** 320 + 1) / 10 ** 300, 1 / 10 ** 400, -(2 ** 2000) / 2 ** 1990)
for a, b in ((1.0, 2 ** 1074), (2 ** 1074, 3), (10 ** 400, 1), (1, 3)):
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
print(7 / 2, -7 / 2, (2 ** 64 + 1) / 2, (2 ** 80 + 3) / (2 ** 40), 10 ** 30 / 7)
