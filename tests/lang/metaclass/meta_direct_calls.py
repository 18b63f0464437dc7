# Calling a metaclass directly, type.__new__ / type.__call__ / type.__init__
# by name, and their errors.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.upper())
        return type.__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        type.__init__(cls, name, bases, ns)
        cls.kw = kw

    def make(cls, *args):
        return type.__call__(cls, *args)


Dyn = Meta("Dyn", (), {"x": 1})
print(type(Dyn).__name__, Dyn.tag, Dyn.x, Dyn.kw)
Sub = Meta("Sub", (Dyn,), {}, flag=True)
print(Sub.tag, Sub.x, Sub.kw, Sub.__bases__ == (Dyn,))


class Pair(metaclass=Meta):
    def __init__(self, a, b):
        self.a, self.b = a, b


p = Pair.make(1, 2)
print(p.a, p.b, type(p) is Pair, Pair.tag)

raw = type.__new__(Meta, "Raw", (), {})
print(type(raw) is Meta, raw.__name__, hasattr(raw, "kw"))


class Other(type):
    pass


try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(1, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(type, "x", ())
except TypeError as e:
    print("TypeError:", e)
try:
    Other("x")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(int, 1, 2)
except TypeError as e:
    print("TypeError:", e)


class Skip(type):
    def __new__(mcls, name, bases, ns):
        return 7

    def __init__(cls, *args):
        print("never called")


class NotMade(metaclass=Skip):
    pass


print(NotMade)
