# Protocol fallbacks: __contains__ via __iter__, __ne__ via __eq__, __bool__ via __len__,
# reflected comparison swap (__lt__ <-> __gt__), __eq__ results used by `in` and list.index/count/remove.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter(), 5 not in OnlyIter())
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), not LenOnly(0), [x for x in (LenOnly(0), LenOnly(1)) if x].__len__())
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Gt) else other)
    def __repr__(self):
        return f"Gt({self.v})"
print(Gt(5) > 3, 3 < Gt(5), 10 < Gt(5), sorted([Gt(3), Gt(1), Gt(2)], reverse=False) if False else "skip")
class AlwaysEq:
    def __eq__(self, other):
        return True
a = AlwaysEq()
print(a in [1, 2], [5, 6].index(a), [1, 1, 2].count(a), a != 3, 3 == a)
lst = [1, 2, 3]
lst.remove(AlwaysEq())
print(lst)
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n in [n], [n].count(n), [n].index(n), n == n, n != n)
class Tristate:
    def __eq__(self, other):
        return "maybe"
print(Tristate() == 1, Tristate() != 1, bool(Tristate() == 1), [Tristate()] == [1])
class Abs:
    def __abs__(self):
        return "absolute"
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
x = Abs()
print(abs(x), -x, ~x, +x)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)
