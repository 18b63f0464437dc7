# Allowed introspection: dir (names), getattr/setattr/hasattr/delattr, id, type, callable, repr.
class Widget:
    kind = "w"
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1
w = Widget()
names = dir(w)
print("grow" in names, "size" in names, "kind" in names, "__init__" in names, names == sorted(names))
print([n for n in dir(Widget) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")][:6])
print(getattr(w, "size"), getattr(w, "missing", None), hasattr(w, "grow"), hasattr(Widget, "size"))
getattr(w, "grow")()
print(w.size)
setattr(w, "color", "red")
print(w.color, "color" in dir(w))
delattr(w, "color")
print(hasattr(w, "color"))
try:
    getattr(w, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(w, 5)
except TypeError as e:
    print(type(e).__name__, e)
a, b = Widget(), Widget()
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(Widget))
print(type(w) is Widget, type(3.0).__name__, type(True).__name__, type(range(1)).__name__)
print(callable(len), callable(Widget), callable(w), callable(w.grow), callable(3), callable("s".upper))
print(repr(len), repr(None), repr(...), repr(NotImplemented), str(type(len)))
print(Widget.__name__, w.grow.__name__, len.__name__, type(w).__qualname__ if False else "q")
print(isinstance(w, object), issubclass(Widget, object), Widget.__mro__[-1].__name__)
print(sorted(vars_ for vars_ in ("a", "b")), "dir" in str(dir))
def fn(a, b=2):
    "doc string"
    return a
print(fn.__name__, fn.__doc__, fn.__defaults__, callable(fn))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "append", None)
except AttributeError as e:
    print(type(e).__name__, e)
