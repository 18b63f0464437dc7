# Keyword arguments: keyword-only, defaults, **kwargs collection, order and errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(c=1, a=0))
def only_kw(*, x, y=10):
    return x + y
print(only_kw(x=1), only_kw(y=1, x=1))
for call in (lambda: only_kw(1), lambda: only_kw(), lambda: f(1), lambda: f(1, c=1, a=2),
             lambda: only_kw(x=1, z=2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))
print(collect(**{"with space": 1, "1digit": 2}))
def defaults_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_once(1), defaults_once(2), defaults_once(3, []))
def late(x=None):
    x = [] if x is None else x
    x.append(1)
    return x
print(late(), late())
print(sorted([3, 1, 2], reverse=True), "a-b".split(sep="-"), int("ff", base=16))
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
def kw_names(**kwargs):
    return sorted(kwargs)
print(kw_names(b=1, a=2, **{"c": 3}))
def pos_named(self, name):
    return (self, name)
print(pos_named(name=1, self=2))
dflt = 5
def capture(v=dflt):
    return v
dflt = 6
print(capture())
def kwdefaults(a, *, b=[]):
    b.append(a)
    return len(b)
print(kwdefaults(1), kwdefaults(2))
class K:
    def m(self, *, key):
        return key
print(K().m(key="v"))
try:
    K().m("v")
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a=1, **{"b": 2}), f(a=1, c=2, **{"zz": 0}))
