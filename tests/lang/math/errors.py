import math


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -1)
attempt(math.log, 0.0)
attempt(math.log, 10, 1)
attempt(math.log, 10, 0)
attempt(math.log10, -(10 ** 400))
attempt(math.exp, 1000)
attempt(math.pow, 0, -1)
attempt(math.pow, -8, 1 / 3)
attempt(math.pow, 10, 400)
attempt(math.asin, 2)
attempt(math.acos, -1.5)
attempt(math.cosh, 1000)
attempt(math.fmod, 1, 0)
attempt(math.fmod, math.inf, 1)
attempt(math.sin, math.inf)
attempt(math.ldexp, 1.0, 2000)
attempt(math.factorial, -1)
attempt(math.factorial, 5.0)
attempt(math.factorial, 'x')
attempt(math.floor, math.inf)
attempt(math.ceil, math.nan)
attempt(math.trunc, 'x')
attempt(math.sqrt, 'x')
attempt(math.sqrt, 10 ** 400)
attempt(math.gcd, 1.5)
attempt(math.isqrt, -1)
attempt(math.comb, -1, 2)
attempt(math.comb, 5, -2)
attempt(math.perm, -3)
attempt(math.isclose, 1, 2, rel_tol=-1)
attempt(math.fsum, [math.inf, -math.inf])
attempt(math.fsum, [1e308, 1e308])
attempt(math.dist, (1, 2), (1, 2, 3))
attempt(math.atanh, 1)
attempt(math.log1p, -1)
attempt(math.gamma, 0)
attempt(math.gamma, -2)
attempt(math.lgamma, 0)


class Num:
    def __float__(self):
        return 2.25

    def __floor__(self):
        return 'floor!'


class Idx:
    def __index__(self):
        return 12


print(math.sqrt(Num()), math.floor(Num()), math.gcd(Idx(), 8), math.sqrt(Idx()), math.ceil(Num()))
