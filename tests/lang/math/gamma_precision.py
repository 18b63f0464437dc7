# math.gamma and math.lgamma must agree with CPython to the last digit (CPython uses its own Lanczos
# approximation rather than the C library's tgamma/lgamma).
import math
xs = [0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 0.7, 3.3, 5.5, 10.25, 20.0, -2.7, 1e-8, 100.5]
for x in xs:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
print(math.gamma(5), math.lgamma(10), math.gamma(1), math.lgamma(1), math.lgamma(2))
for bad in (0, -1, -2.0):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("gamma", bad, type(e).__name__, e)
    try:
        math.lgamma(bad)
    except ValueError as e:
        print("lgamma", bad, type(e).__name__, e)
try:
    math.gamma(200)
except OverflowError as e:
    print(type(e).__name__, e)
