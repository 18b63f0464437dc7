# Method overriding, isinstance/issubclass with tuples, __class__, __mro__, calling base methods.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
shapes = [Rect(2, 3), Square(4), Tri(3, 5)]
for s in shapes:
    print(s.describe())
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
sq = shapes[1]
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, (Tri, int)), isinstance(sq, (Tri, (int, Rect))))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, Rect)), issubclass(Square, Square))
print([c.__name__ for c in Square.__mro__], sq.__class__.__name__, type(sq) is Square, type(sq) is Rect)
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object), isinstance(None, object))
try:
    isinstance(sq, "Rect")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(sq, Rect)
except TypeError as e:
    print(type(e).__name__, e)
print(Rect.area(sq), Shape.describe(sq))
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Impl(Base):
    def hook(self):
        return "impl"
print(Base().template(), Impl().template())
class MyErr(ValueError):
    pass
print(issubclass(MyErr, Exception), MyErr.__mro__[1].__name__, isinstance(MyErr(), LookupError))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml[1:], type(ml[1:]).__name__, isinstance(ml, list))
