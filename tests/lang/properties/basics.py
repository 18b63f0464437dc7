# @property with getter, setter, deleter; read-only properties; inheritance.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
class Kelvin(Temp):
    @property
    def kelvin(self):
        return self.celsius + 273.15
k = Kelvin(25)
print(k.kelvin, k.fahrenheit)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
z = Lazy()
print(z.value, z.value, z.computed)
def get_x(self):
    return self._x * 10
def set_x(self, v):
    self._x = v
class Classic:
    x = property(get_x, set_x, None, "x doc")
c = Classic()
c.x = 4
print(c.x, Classic.x.__doc__)
class Err:
    @property
    def boom(self):
        raise KeyError("inside getter")
try:
    Err().boom
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Err(), "boom") if False else "skip")
