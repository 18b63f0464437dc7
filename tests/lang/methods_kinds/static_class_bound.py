# staticmethod, classmethod and bound methods: access through class and instance, identity, equality.
class Temp:
    unit = "C"
    registry = []
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def set_unit(cls, u):
        cls.unit = u
    @staticmethod
    def valid(deg):
        return deg >= -273.15
    def show(self):
        return f"{self.deg}{self.unit}"
t = Temp.from_f(212)
print(t.show(), type(t).__name__, Temp.valid(-300), t.valid(20))
class Hot(Temp):
    pass
h = Hot.from_f(451)
print(type(h).__name__, h.show())
Hot.set_unit("K")
print(Hot.unit, Temp.unit, h.show(), t.show())
m = t.show
print(m(), m.__self__ is t, m.__func__ is Temp.show, m == t.show, m is t.show)
print(Temp.show(t), callable(m), m.__name__)
f = Temp.from_f
print(f.__self__ is Temp, f(32).deg)
print(type(Temp.__dict__["valid"]).__name__, type(Temp.__dict__["from_f"]).__name__)
sm = Temp.valid
print(sm(0), sm is Temp.valid or "new object ok")
try:
    Temp.show()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.show(1)
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
print(Counter.inc(), Counter().inc(), Counter.n)
def outside(self):
    return "outside " + self.show()
Temp.extra = outside
print(t.extra())
t.inst_fn = lambda: "instance attribute, no self"
print(t.inst_fn())
bound_list = [t.show, h.show]
print([b() for b in bound_list])
print(sorted([Temp(3), Temp(1), Temp(2)], key=Temp.show.__get__ if False else lambda x: x.deg)[0].deg)
