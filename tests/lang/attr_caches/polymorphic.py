# One call site meeting many classes: the caches go polymorphic, then
# megamorphic (more classes than entries), and must stay exact throughout.

class Shape:
    sides = 0
    def __init__(self, size):
        self.size = size
    def describe(self):
        return "%s(%d) sides=%d area=%s" % (type(self).__name__, self.size, self.sides, self.area())
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def area(self):
        return self.size * self.size

class Triangle(Shape):
    sides = 3
    def area(self):
        return self.size * self.size // 2

class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size

class Hexagon(Shape):
    sides = 6

class Line(Shape):
    sides = 1
    def __init__(self, size):
        self.extra = "before size"   # a different shape for the same names
        super().__init__(size)

class Dot(Shape):
    @property
    def size(self):
        return 1
    @size.setter
    def size(self, v):
        self._size = v

kinds = [Shape, Square, Triangle, Circle, Hexagon, Line, Dot]
objs = [k(i + 2) for i, k in enumerate(kinds)]
for round_ in range(3):
    total = 0
    for o in objs:
        total += o.size + o.sides + o.area()
    print(round_, total)
for o in objs:
    print(o.describe())

# Patch classes while the site is polymorphic.
Square.area = lambda self: -1
Hexagon.sides = 60
Shape.area = lambda self: "base patched"
for o in objs:
    print(o.describe())

# Setting through one polymorphic site, including a property setter.
def grow(o):
    o.size = 10
for o in objs:
    grow(o)
print([o.size for o in objs], objs[-1]._size)

# Instances of one class with different shapes at one site.
class Free:
    pass
frees = []
for i in range(8):
    f = Free()
    for j in range(i):
        setattr(f, "p%d" % j, j)
    f.last = i
    frees.append(f)
print([f.last for f in frees], [f.last for f in frees])
