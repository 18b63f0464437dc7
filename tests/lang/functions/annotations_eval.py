# Annotations are evaluated once, at def time, in CPython 3.11's order (defaults first, then
# positional-or-keyword before positional-only parameters, *args, keyword-only, **kwargs, return).
log = []
def note(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def f(a: note("a"), /, b: note("b") = note("d1", 1), *c: note("c"), d: note("d") = note("d2", 2),
      **e: note("e")) -> note("ret"):
    return a, b, c, d, e
print(log)
print(f.__annotations__)
print(f.__kwdefaults__, f.__defaults__)
log.clear()
print(f(0, 5, 6, d=7, z=8), log)

# Functions without annotations get an empty dict, made once and kept.
def plain(x, *, k):
    return x
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__, plain.__kwdefaults__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
plain.__annotations__ = {"y": str}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
for bad in (5, [("x", int)], "x"):
    try:
        plain.__annotations__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
try:
    plain.__kwdefaults__ = 3
except TypeError as err:
    print(type(err).__name__, err)
print(plain.__annotations__)

# __kwdefaults__ can be replaced, and the new defaults are used by calls.
def kw(*, p=1, q=2):
    return p, q
print(kw(), kw.__kwdefaults__)
kw.__kwdefaults__ = {"p": 10, "q": 20}
print(kw(), kw(q=0), kw.__kwdefaults__)
kw.__kwdefaults__ = None
print(kw.__kwdefaults__)
try:
    kw()
except TypeError as err:
    print(type(err).__name__, err)

# An annotation that fails stops the def: the name is not bound.
try:
    def broken(x: undefined_annotation_name) -> int:
        return x
except NameError as err:
    print(type(err).__name__, err)
print("broken" in dir())

# Lambdas have no annotations but do have the attributes.
lam = lambda x, *, y=3: x
print(lam.__annotations__, lam.__kwdefaults__)

# Annotations of nested functions see the enclosing scope, each time the def runs.
def outer(t):
    def inner(v: t) -> list[t]:
        return v
    return inner
print(outer(int).__annotations__, outer("s").__annotations__)

# Methods, decorators and string annotations.
def deco(fn):
    fn.seen = sorted(fn.__annotations__)
    return fn
class K:
    @deco
    def m(self, other: "K", n: int = 0) -> "K":
        return self
print(K.m.seen, K.m.__annotations__, K().m.__annotations__ is K.m.__annotations__)
