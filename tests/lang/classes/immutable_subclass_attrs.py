# Instances of subclasses of str, int and tuple carry attributes,
# as in CPython; the attributes live as long as the object.

class Tag(str):
    def __init__(self, text):
        self.length = len(text)

class Meters(int):
    pass

class Pair(tuple):
    pass


t = Tag("hello")
t.kind = "greeting"
print(t, t.length, t.kind, t.upper(), sorted(t.__dict__.items()))
m = Meters(5)
m.unit = "m"
print(m + 1, m.unit, vars_like := m.__dict__)
p = Pair((1, 2))
p.label = "xy"
print(p, p.label, len(p))
del t.kind
print(hasattr(t, "kind"), t.length)
try:
    t.kind
except AttributeError as e:
    print("AttributeError:", e)
try:
    del m.nothing
except AttributeError as e:
    print("AttributeError:", e)

# Many short-lived tagged objects: attributes follow their objects, and
# dropped objects take their attributes with them.
keep = []
for i in range(20000):
    s = Tag("x" * (i % 7))
    s.index = i
    if i % 1000 == 0:
        keep.append(s)
junk = [list(range(50)) for _ in range(2000)]
print([(k.index, k.length) for k in keep][:5], sum(k.index for k in keep))

# __slots__ = () keeps such instances attribute-free, as in CPython.
class Frozen(str):
    __slots__ = ()
f = Frozen("z")
try:
    f.x = 1
except AttributeError as e:
    print("AttributeError:", e)

# An IntEnum member with an extra attribute set in __init__.
from enum import IntEnum
class Level(IntEnum):
    LOW = 1
    HIGH = 2
    def __init__(self, value):
        self.label = self.name.lower()
print(Level.LOW.label, Level.HIGH.label, Level.HIGH + 1)
