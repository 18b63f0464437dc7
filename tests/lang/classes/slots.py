# __slots__ restricts instance attributes: no __dict__, unknown names raise AttributeError.
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
s = Slotted(1, 2)
print(s.x + s.y, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Slotted.__new__(Slotted).x
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Slotted):
    __slots__ = ("z",)
c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z)
try:
    c.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
