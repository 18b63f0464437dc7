# Properties for derived values, manual caching with invalidation on setters, and inheritance overrides.
class Rectangle:
    def __init__(self, w, h):
        self._w, self._h = w, h
        self._area = None
        self.computations = 0
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError(f"width must be positive, got {v}")
        self._w = v
        self._area = None
    @property
    def height(self):
        return self._h
    @height.setter
    def height(self, v):
        self._h = v
        self._area = None
    @property
    def area(self):
        if self._area is None:
            self.computations += 1
            self._area = self._w * self._h
        return self._area
r = Rectangle(3, 4)
print(r.area, r.area, r.computations)
r.width = 10
print(r.area, r.computations)
r.height = 2
print(r.area, r.area, r.computations)
try:
    r.width = 0
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.area = 5
except AttributeError:
    print("area is read-only")
class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        self._w = self._h = v
        self._area = None
    @property
    def side(self):
        return self._w
sq = Square(5)
sq.width = 6
print(sq.area, sq.height, sq.side, isinstance(Square.width, property))
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def full(self):
        return f"{self.first} {self.last}"
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)
p = Person("Ada", "Lovelace")
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.full)
class Lazy:
    @property
    def missing(self):
        return self.not_there
try:
    Lazy().missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Lazy(), "missing", "default via getattr"))
