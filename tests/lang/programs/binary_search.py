# Binary search variants and bisection on floats.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 3, 7, 9, 12, 15]
print([bsearch(a, x) for x in [0, 1, 2, 3, 4, 9, 15, 16]])
def sqrt(x):
    lo, hi = 0.0, max(1.0, x)
    for _ in range(100):
        mid = (lo + hi) / 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo
print(sqrt(2), sqrt(9), sqrt(0.25), sqrt(1e6))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 61]])
