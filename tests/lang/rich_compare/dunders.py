# Rich comparisons: reflection, NotImplemented, default == identity, != derived from ==.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"V{self.v}"
a, b = V(1), V(2)
print(a == V(1), a != V(1), a != b, a < b, b > a, a <= a, b >= a)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(9), V(2)]), min(V(5), V(4)))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) > "x"
except TypeError as e:
    print(type(e).__name__, e)
print(a == 1, 1 == a, a != "x")
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), p is p)
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
log = []
class L:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        log.append(f"{self.n}.eq")
        return NotImplemented
print(L(1) == L(2), log)
log.clear()
print(L(1) != L(1), log)
class Base:
    def __eq__(self, o):
        return "base"
class Derived(Base):
    def __eq__(self, o):
        return "derived"
print(Base() == Derived(), Derived() == Base())
class Weird:
    def __eq__(self, o):
        return [1]
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1)
print([V(1), V(2)] == [V(1), V(2)], (V(1),) < (V(2),), [V(1)] in [[V(1)]])
print(1 < 2 < 3 > 2, 1 < 3 < 2, (1, 2) < (1, 2, 0), [2] > [1, 9], "b" > "abc")
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
