# Elements are matched by hash and equality: user classes, numeric equality, tuples.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts, Point(3, 3) in pts)
print(sorted(pts, key=lambda p: (p.x, p.y)))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Ident:
    pass
a, b = Ident(), Ident()
print(len({a, b, a}), a in {a}, b in {a})
print({1, 2.0, 3} == {1.0, 2, 3.0}, 2 in {2.0}, 1.5 in {1, 2})
print(len({0, 0.0, -0.0, False}))
print((1, (2, 3)) in {(1, (2, 3))})
try:
    {(1, [2])}
except TypeError as e:
    print(type(e).__name__, e)
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return self.v % 2
    def __eq__(self, other):
        calls.append("eq")
        return self.v == other.v
s = {Loud(1), Loud(3)}
print(len(s), "eq" in calls, Loud(5) in s)
