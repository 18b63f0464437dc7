# Chained comparisons: each operand evaluated at most once, short-circuit, mixed operators.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(3) < v(2) < v(1), log); log.clear()
print(v(1) == v(1) != v(2), log); log.clear()
print(v(1) < v(5) > v(3) >= v(3), log); log.clear()
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, x is x is not None)
print(1 in [1] in [[1]], "a" < "b" in "abc", (1 < 2) < 3, 1 < (2 < 3))
print([1] == [1] is not None, 2 > 1 == 1)
data = [3, 7, 1, 9]
print([d for d in data if 2 <= d < 8])
def between(lo, n, hi):
    return lo <= n <= hi
print(between(1, 1, 1), between(2, 1, 3), between("a", "m", "z"))
try:
    print(1 < "2" < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(3 > 2 > 1 > 0 > -1, 1 < 2 < 3 < 2 < 5)
print(0.1 + 0.2 > 0.3 > 0.1 + 0.1, float("nan") < 1 or float("nan") >= 1)
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append(f"{self.n}<{o.n}")
        return self.n < o.n
print(C(1) < C(2) < C(0) < C(9), log); log.clear()
a = b = c = 7
print(a == b == c, a is b is c, a == b != 8)
