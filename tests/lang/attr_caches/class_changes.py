# Cached lookups must see later changes to classes, bases and modules.

class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"

class Child(Base):
    pass

def call_hello(o):
    return o.hello()    # LOADMETHOD site

def get_kind(o):
    return o.kind       # GETATTR of a class attribute through an instance

c = Child()
for _ in range(3):
    print(call_hello(c), get_kind(c))

# Replacing a method on the base is seen through the subclass.
Base.hello = lambda self: "patched"
print(call_hello(c))
Child.hello = lambda self: "child's own"
print(call_hello(c), call_hello(Base()))
del Child.hello
print(call_hello(c))

# Class attribute changes, on the class and on a base.
Base.kind = "changed"
print(get_kind(c))
Child.kind = "child"
print(get_kind(c), get_kind(Base()))

# An instance attribute shadows the class attribute and the method.
c.kind = "mine"
c.hello = lambda: "instance function"
print(get_kind(c), call_hello(c))

# A property added after the site was cached wins over the instance slot.
class Box:
    def __init__(self):
        self.v = 1
def get_v(o):
    return o.v
def set_v(o, x):
    o.v = x
b = Box()
print(get_v(b), get_v(b))
Box.v = property(lambda self: "from property", lambda self, x: print("setter got", x))
print(get_v(b))
set_v(b, 5)
print(get_v(b))
del Box.v
print(get_v(b))
set_v(b, 6)
print(get_v(b))

# A data descriptor class added to a base.
class Desc:
    def __get__(self, obj, owner=None):
        return "descriptor"
    def __set__(self, obj, value):
        print("Desc.__set__", value)
class Sub(Box):
    pass
s = Sub()
print(get_v(s))
Box.v = Desc()
print(get_v(s))
set_v(s, 9)

# __getattr__ added later answers missing names only.
class Late:
    def __init__(self):
        self.a = 1
def get_missing(o):
    try:
        return o.missing
    except AttributeError:
        return "AttributeError"
l = Late()
print(get_missing(l), get_missing(l))
Late.__getattr__ = lambda self, name: "getattr:" + name
print(get_missing(l), l.a)

# Class-level values read through the class itself.
class Config:
    LIMIT = 10
def limit():
    return Config.LIMIT
print(limit(), limit())
Config.LIMIT = 20
print(limit())
class Config2(Config):
    pass
def limit2():
    return Config2.LIMIT
print(limit2())
Config.LIMIT = 30
print(limit2())
Config2.LIMIT = 40
print(limit2(), limit())

# Staticmethods and classmethods read through the class.
class K:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
def via_class():
    return K.s(), K.c()
print(via_class(), via_class())
K.s = staticmethod(lambda: "static 2")
print(via_class())
