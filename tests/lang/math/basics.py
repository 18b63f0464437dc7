import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 1, 2, 0.5, 10, 1e-300, 1e300, 123456789]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log(x) if x else None)
for x in [0.0, 0.5, -0.5, 1.0, 2.5, -2.5, 3.7, -3.7, 1e20, -1e20, 1e300]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
print(math.floor(7), math.ceil(-7), math.trunc(True), type(math.floor(True)))
print(math.pow(2, 10), math.pow(2.5, -1.5), math.pow(-8, 3), math.pow(1, math.nan))
print(math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log1p(1e-10))
print(math.log(10 ** 400), math.log(2 ** 2000, 2), math.log10(10 ** 500), math.log2(3 ** 1000))
print(math.log(2 ** 1023), math.log(2 ** 1024 - 1), math.log(12345678901234567890123))
for f in [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan,
          math.sinh, math.cosh, math.tanh, math.asinh, math.atanh, math.erf, math.erfc]:
    print(f.__name__, f(0.5), f(-0.25), f(0))
print(math.acosh(2), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(5, math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 3))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(-5), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9),
      math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf))
print(math.degrees(math.pi), math.radians(180), math.modf(3.75), math.modf(-2.5), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 5, 6)))
print(math.exp2(10), math.cbrt(27), math.cbrt(-8), math.expm1(1e-10))
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2))
print(math.remainder(10, 3), math.remainder(11, 3), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))
