# functools: cached_property (needs descriptor __get__ on user classes).
from functools import cached_property


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, c.__dict__['area'])
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
