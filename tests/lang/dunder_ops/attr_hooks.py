# __setattr__ and __getattr__ hooks: validation, read-only records, attribute-access logging.
class Strict:
    allowed = ("x", "y")
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r}")
        object.__setattr__(self, name, value)
s = Strict()
s.x = 1
s.y = 2
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(s, "w", 0)
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __getattr__(self, name):
        self.log.append(f"miss {name}")
        return None
l = Logged()
l.a = 1
l.b = "two"
print(l.a, l.nothing, l.log)
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)
d = Dynamic()
print(d.get_value(), d.get_x(), hasattr(d, "other"), getattr(d, "other", "fallback"))
class Child(Strict):
    allowed = ("x", "y", "z")
c = Child()
c.z = 9
print(c.z)
class Counter:
    def __init__(self):
        object.__setattr__(self, "sets", 0)
    def __setattr__(self, name, value):
        object.__setattr__(self, "sets", self.sets + 1)
        object.__setattr__(self, name, value)
k = Counter()
k.a = 1
k.a += 1
print(k.a, k.sets)
