# Attribute access on a class goes through its metaclass: metaclass methods
# and properties, __getattr__ for missing names, __setattr__/__delattr__.
class Meta(type):
    @property
    def label(cls):
        return "label:" + cls.__name__

    def describe(cls):
        return cls.__name__ + " with " + str(len([k for k in vars_of(cls)])) + " attrs"

    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("constant " + name + " is read-only")
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)


def vars_of(cls):
    return [k for k in ("a", "b", "c") if hasattr(cls, k)]


class Thing(metaclass=Meta):
    a = 1
    b = 2
    LIMIT = 10


print(Thing.label, Thing.describe(), Thing.auto_size)
print(Thing.a, Thing.LIMIT)
try:
    Thing.missing
except AttributeError as e:
    print("AttributeError", e)
Thing.c = 3
print(Thing.c, Thing().c)
try:
    Thing.LIMIT = 20
except AttributeError as e:
    print("AttributeError", e)
print(Thing.LIMIT)
del Thing.c
print(hasattr(Thing, "c"))
setattr(Thing, "d", 4)
print(getattr(Thing, "d"), getattr(Thing, "auto_x"), getattr(Thing, "nothing", "default"))
# Instances do not see the metaclass's attributes.
t = Thing()
print(hasattr(t, "describe"), hasattr(t, "label"), t.a)
try:
    t.label
except AttributeError as e:
    print("AttributeError", e)
