# A rational-number class: normalisation, arithmetic with ints, reflected ops, comparisons, hash, bool.
from math import gcd
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x) if isinstance(x, int) else None
    def __add__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Q.of(o) / self
    def __neg__(self):
        return Q(-self.n, self.d)
    def __abs__(self):
        return Q(abs(self.n), self.d)
    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q.of(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = Q(1, 2)
t = Q(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, -h, abs(Q(-3, 4)), h ** 3, t ** -2)
print(Q(2, 4), Q(3, -6), Q(0, 5), Q(10, 5), h == Q(2, 4), h != t, Q(4, 2) == 2, 2 == Q(4, 2))
print(sorted([Q(3, 4), Q(1, 8), Q(2, 3), Q(1, 2)]), max(Q(5, 7), Q(7, 10)), t < h, h <= h, t > h, h >= t)
print(sum([Q(1, n) for n in range(1, 6)], Q(0)), float(Q(22, 7)), bool(Q(0)), bool(h))
print(len({Q(1, 2), Q(2, 4), Q(3, 6)}), {Q(4, 2): "two"}[2], hash(Q(6, 3)) == hash(2))
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    h < "x"
except TypeError as e:
    print(type(e).__name__, e)
x = Q(0)
for k in range(1, 11):
    x += Q(1, k * (k + 1))
print(x, x == Q(10, 11))
