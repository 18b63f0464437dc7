# functools: lru_cache (bare, maxsize, typed, eviction order), cache, cache_info/clear.
from functools import lru_cache, cache

calls = []


@lru_cache
def square(x):
    calls.append(x)
    return x * x


print(square(3), square(3), square(4), square.cache_info())
print(calls, square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(3), calls)
print(square.__name__, square.__wrapped__.__name__, square.__wrapped__(5))
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(info == (0, 1, 128, 1), info._fields)


@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x


calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    ident(v)
print(calls, ident.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)


print(fib3(30), fib3.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info(), typed.cache_parameters())


@lru_cache()
def untyped(x):
    calls.append(x)
    return x


calls.clear()
untyped(1)
untyped(1.0)
untyped(True)
untyped(1)
untyped('a')
untyped('a')
print(calls, untyped.cache_info())


@lru_cache(maxsize=10)
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, 2, c=3), kw(1, b=2), kw(1))
print(calls, kw.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info(), negative.cache_parameters())


@cache
def counted(n):
    calls.append(n)
    return n * 2


calls.clear()
print([counted(i % 3) for i in range(7)], calls, counted.cache_info())
try:
    square([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)


class Box:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=None)
    def doubled(self, extra):
        calls.append(extra)
        return self.v * 2 + extra


calls.clear()
b = Box(5)
print(b.doubled(1), b.doubled(1), Box(5).doubled(1), calls, Box.doubled.cache_info())


def plain(x):
    "plain doc"
    return -x


wrapped = lru_cache(maxsize=4)(plain)
print(wrapped(3), wrapped.__doc__, wrapped.__name__, wrapped.__wrapped__ is plain)
