# Descriptor protocol: __get__/__set__/__delete__/__set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)
class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
i = Item("bolt", 3)
print(i.name, i.qty, Item.name.name, Item.qty.owner, type(Item.name).__name__)
try:
    i.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
del i.qty
print(i.qty)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class DataD:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v
class H2:
    attr = DataD()
h2 = H2()
h2.attr = 5
h2.__dict__["attr"] = "instance"
print(h2.attr, h2.seen)
class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, objtype=None):
        self.calls += 1
        return (obj is None, objtype.__name__)
shared = Counter()
class U:
    c = shared
print(U.c, U().c, shared.calls)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        return lambda *a: self.f(obj, *a)
class W:
    @Method
    def add(self, x):
        return (type(self).__name__, x + 1)
print(W().add(1))
