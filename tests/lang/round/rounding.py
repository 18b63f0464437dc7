# round(): banker's rounding, ndigits (positive/negative), int vs float results, errors.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5))
print(round(15, -1), round(25, -1), round(-25, -1), round(1250, -2), round(1350, -2))
print(round(7), round(7, 0), round(7, 2), round(-7, -1), type(round(7, 2)).__name__)
print(round(2.5, 0), round(-0.4), round(-0.0, 1), round(0.1 + 0.2, 15))
print(round(1e300, -299), round(123.456, 10), round(5e-324, 400))
print(round(10**30 + 5, -1), round(10**30 + 15, -1), round(-(10**20) - 50, -2))
for bad in (float("inf"), float("-inf")):
    try:
        round(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3))
print(round(True), round(False, 2))
print([round(x / 10) for x in range(-15, 16, 5)])
print(round(0.125, 2), round(0.375, 2), round(2.345, 2), round(-2.345, 2))
print(round(12345678901234567.0, -3), round(0.1234567890123, 12))
