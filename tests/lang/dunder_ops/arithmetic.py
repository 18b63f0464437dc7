# Arithmetic dunders, reflected operands, NotImplemented fallback and the TypeError message.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), sum([a, b, V(0, 1)], V(0, 0)))
try:
    a - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __radd__(self, o):
        return f"R.radd({o!r})"
    def __rsub__(self, o):
        return f"R.rsub({o!r})"
    def __rpow__(self, o):
        return f"R.rpow({o!r})"
    def __rtruediv__(self, o):
        return "rdiv"
print(1 + R(), "x" + R(), [1] + R(), 5 - R(), 2 ** R(), 1 / R())
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(0, 0) + Sub(1, 1))
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)
print(divmod(7, 2), divmod(-7, 2))
class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(DM(), 3), divmod(3, DM()))
