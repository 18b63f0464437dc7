# Annotations are evaluated and stored but never enforced; docstrings; function attributes.
def scale(x: float, factor: int = 2) -> float:
    """Multiply x by factor."""
    return x * factor
print(scale(1.5), scale("ab", 3), scale.__doc__, scale.__name__)
print(scale.__annotations__)
def untyped(a, b):
    return a
print(untyped.__annotations__, untyped.__doc__)
count: int = 5
label: str
print(count)
try:
    print(label)
except NameError as e:
    print(type(e).__name__, e)
class Rec:
    name: str
    age: int = 0
    def __init__(self, name: str) -> None:
        self.name = name
print(Rec("x").name, Rec.age, hasattr(Rec, "name"))
def f(*args: int, key: str = "k", **kw: bool) -> None:
    pass
print(sorted(f.__annotations__.items()))
def g():
    """First line.

    More detail.
    """
print(g.__doc__.splitlines()[0], len(g.__doc__.splitlines()), g() is None)
def attrs():
    pass
attrs.calls = 3
attrs.tags = ["a"]
print(attrs.calls, attrs.tags, getattr(attrs, "missing", "none"))
def with_defaults(a, b=[1], *, c={"k": 1}):
    return a
print(with_defaults.__defaults__, with_defaults.__kwdefaults__)
print(type(scale).__name__, callable(scale), scale.__qualname__ if False else "qual")
lam = lambda x: x
print(lam.__name__, lam.__doc__)
def nested():
    def inner():
        "inner doc"
    return inner
print(nested().__name__, nested().__doc__)
