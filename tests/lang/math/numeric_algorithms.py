# math in algorithms: gcd/lcm, isqrt, comb/perm, factorial, prod/fsum, isclose, dist; errors.
import math
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 9), math.lcm())
print([math.isqrt(n) for n in (0, 1, 15, 16, 17, 10**20, 10**41)])
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(100))))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([0.5, 4]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.degrees(math.pi), math.radians(180) == math.pi, round(math.sin(math.radians(30)), 12))
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))
print([n for n in range(60) if is_prime(n)])
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2**60 + 0.0), math.ceil(1e-300))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.copysign(0.0, -1), math.remainder(10, 4), math.remainder(11, 4))
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -2), (math.factorial, -1), (math.isqrt, -4),
               (math.acos, 2), (math.comb, None), (math.factorial, 2.5)):
    try:
        f(arg) if arg is not None else f(-1, 2)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.trunc(-7.9), math.floor(7), type(math.ceil(2.1)).__name__, math.sqrt(2) ** 2)
print(math.inf > 10**400, -math.inf < -10**400, math.nan != math.nan, math.isnan(math.inf - math.inf))
