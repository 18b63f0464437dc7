# functools.partial with methods and classes, lru_cache on methods-like functions, reduce for composition.
from functools import partial, reduce, lru_cache, wraps
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return f"{self.greeting}, {name}{punct}"
g = Greeter("Hello")
hi_bob = partial(g.greet, "Bob")
print(hi_bob(), hi_bob("?"), hi_bob(punct="."))
make_hola = partial(Greeter, "Hola")
print(make_hola().greet("Ana"), type(make_hola()).__name__)
unbound = partial(Greeter.greet, Greeter("Hey"))
print(unbound("you"))
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, inc, dbl)(10))
@lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
info = edit_distance.cache_info()
print(info.maxsize, info.currsize <= 128, info.hits > 0)
def trace(fn):
    @wraps(fn)
    def inner(*a):
        inner.depth += 1
        try:
            return fn(*a)
        finally:
            inner.depth -= 1
    inner.depth = 0
    return inner
@trace
def countdown(n):
    return [countdown.depth] + countdown(n - 1) if n else [countdown.depth]
print(countdown(4), countdown.__name__)
p = partial(int, "ff")
try:
    p(base=16, extra=1)
except TypeError as e:
    print(type(e).__name__)
print(p(base=16), partial(max, key=len)(["aa", "b", "ccc"]), partial(sorted, reverse=True)([2, 9, 4]))
print(repr(partial(pow, 2))[:16], partial(pow, 2).args, partial(pow, 2, 10)())
