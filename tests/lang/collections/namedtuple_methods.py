# namedtuple: _make/_asdict/_replace/_fields, defaults, tuple behaviour, errors.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, sum(p), p._fields, Point._fields)
print(p._asdict(), p._replace(y=10), Point._make([7, 8]))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__)
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Emp = namedtuple("Emp", "name, dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
print(sorted(staff, key=lambda e: e.salary)[0].name, max(staff, key=lambda e: e.salary))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(Point(1, 2) < Point(1, 3), hash(Point(1, 2)) == hash((1, 2)), {Point(0, 0): "o"}[(0, 0)])
R = namedtuple("R", ["class_", "def_"], rename=False) if False else namedtuple("R", ["a", "b"])
print(R(b=2, a=1), type(R(1, 2)).__name__, R.__name__)
Bad = None
try:
    Bad = namedtuple("Bad", ["ok", "ok"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad2", ["1x"])
except ValueError as e:
    print(type(e).__name__, e)
Ren = namedtuple("Ren", ["a", "def", "a"], rename=True)
print(Ren._fields)
class P3(namedtuple("P3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm1(), P3(1, 2, 3)._replace(x=0), P3(0, 0, 0) == (0, 0, 0))
print(p[::-1], p + (5,), p * 2, list(p), Point(*range(2)))
