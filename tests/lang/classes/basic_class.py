# Classes (next milestone): __init__, methods, attributes, __repr__/__str__, inheritance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2(), p == Point(1, 2), p != q)
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return 'Point3(%r, %r, %r)' % (self.x, self.y, self.z)
r = Point3(1, 2, 3)
print(r, r.norm2(), isinstance(r, Point), type(r).__name__, Point3.__mro__[1].__name__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
    @classmethod
    def count(cls):
        return cls.total
    @staticmethod
    def describe():
        return 'counts instances'
for _ in range(3):
    Counter()
print(Counter.count(), Counter.describe())
