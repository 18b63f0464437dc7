# A class with abstract methods cannot be instantiated; CPython's message
# names them, sorted.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Shape2(ABC):
    @abstractmethod
    def perimeter(self):
        ...

    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


for cls in (Shape, Shape2):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Square(Shape2):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape2))


class Half(Shape2):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape2.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape2.__abstractmethods__).__name__)
