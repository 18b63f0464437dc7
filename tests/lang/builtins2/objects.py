# isinstance/issubclass, callable, getattr family, hash, id, repr/ascii, format, dir, type.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Base:
    kind = "base"

    def __init__(self):
        self.x = 1

    def method(self):
        return "m"


class Child(Base):
    pass


class CallMe:
    def __call__(self):
        return 1


c = Child()
show(isinstance, c, Base)
show(isinstance, c, (int, (str, Base)))
show(isinstance, True, int)
show(isinstance, 1, (str, 5))
show(isinstance, 1, 2)
show(issubclass, Child, Base)
show(issubclass, bool, (str, int))
show(issubclass, 1, int)
show(issubclass, int, 1)
show(isinstance, 1)
for v in [len, Base, c, CallMe(), c.method, lambda: 0, 5, "s"]:
    print(callable(v), end=" ")
print()
show(getattr, c, "x")
show(getattr, c, "kind")
show(getattr, c, "missing")
show(getattr, c, "missing", "default")
show(getattr, c, 5)
show(getattr, c)
show(getattr, Base, "nope")
setattr(c, "y", 2)
print(c.y, hasattr(c, "y"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"))
show(delattr, c, "y")
show(setattr, c, 1, 2)
show(setattr, c, "a")
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
show(hash, [])
show(hash, {})
show(hash)
x = [1]
print(id(x) == id(x), id(1) == id(1), id(x) != id([1]))
show(repr, "a'b")
show(ascii, "é\u1234\U0001f600")
show(ascii, ["ü", 1])
show(format, 255, "x")
show(format, 3.14159, ".2f")
show(format, "a", ">3")
show(format, 1.5)
show(format, 1, 2)
show(format, 1, "q")
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(Child), "x" in dir(c))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))
show(dir, 1, 2)
print(type(1), type("s"), type(c), type(Child), type(None))
show(len, 5)
show(len)
show(len, [1, 2, 3])
show(repr)
show(callable)
show(id)
