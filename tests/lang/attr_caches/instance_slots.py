# Attribute reads and writes through shapes and the per-instruction caches:
# every way the cached answer can go stale must be noticed.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def read_x(p):
    return p.x          # one GETATTR site, reused across shapes and classes

def write_x(p, v):
    p.x = v             # one SETATTR site

pts = [Point(i, -i) for i in range(5)]
print([read_x(p) for p in pts])
for p in pts:
    write_x(p, p.x * 10)
print([read_x(p) for p in pts])

# Same names in another order: another shape, same site.
class Rev:
    def __init__(self, x, y):
        self.y = y
        self.x = x
r = Rev(1, 2)
print(read_x(r), read_x(pts[1]), read_x(r))
write_x(r, 7)
print(r.x, r.y, vars_like := sorted(r.__dict__.items()))

# An instance that gains an attribute later changes shape; old caches miss.
p = Point(3, 4)
print(read_x(p))
p.z = 5
print(read_x(p), p.z)

# Deleting an attribute moves the instance to dictionary mode.
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
write_x(p, 11)
print(read_x(p), sorted(p.__dict__))

# Taking __dict__ gives a live dict: writes through it are seen by the caches.
q = Point(1, 2)
print(read_x(q))
d = q.__dict__
d["x"] = 100
print(read_x(q))
d["new"] = "n"
print(q.new)
q.x = 5
print(d["x"])

# Many attributes: past the shape bounds, still correct.
class Bag:
    pass
b = Bag()
for i in range(100):
    setattr(b, "a%d" % i, i)
print(sum(getattr(b, "a%d" % i) for i in range(100)), b.a99)
many = []
for i in range(50):
    o = Bag()
    setattr(o, "k" + str(i), i)   # 50 different first attributes: many transitions
    o.common = i
    many.append(o)
print(sum(o.common for o in many), getattr(many[7], "k7"))

# Dynamic names that are not interned strings.
name = "".join(["x"])
print(getattr(pts[2], name), hasattr(pts[2], "".join(["q", "q"])))
setattr(pts[2], "".join(["y"]), 99)
print(pts[2].y)

# Slotted classes keep working.
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
s.b = 2
print(s.a + s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
