# User __setattr__, __delattr__ and __getattribute__ on ordinary classes
# (the same hooks a metaclass uses for its classes).
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("cannot assign field " + repr(name))

    def __delattr__(self, name):
        raise AttributeError("cannot delete field " + repr(name))

    def total(self):
        return self.x + self.y


f = Frozen(1, 2)
print(f.x, f.y, f.total())
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Tracked:
    def __init__(self):
        self.log = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)


t = Tracked()
t.value = 5
t.value += 1
t.other = "x"
print(t.value, t.other, t.log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "hits", 0)

    def __getattribute__(self, name):
        if name in ("_target", "hits", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __getattr__(self, name):
        return "fallback:" + name


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p.hits)
print(p.nothing_here, p.hits, type(p).__name__, p.__class__.__name__)


class Child(Tracked):
    pass


c = Child()
c.a = 1
print(c.log, c.a)


class Late:
    pass


obj = Late()
obj.a = 1
Late.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
obj.b = 2
print(obj.a, obj.b)
del Late.__setattr__
obj.c = 3
print(obj.c)
