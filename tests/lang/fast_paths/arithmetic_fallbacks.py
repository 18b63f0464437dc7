# The interpreter's int and float fast paths must fall back exactly when an
# operand is something else or the result leaves the small-int range.

def add(a, b):
    return a + b          # one ADD site meeting many operand types

def mul(a, b):
    return a * b

def lt(a, b):
    return a < b

big = 2 ** 46
print([add(1, 2), add(1.5, 2.25), add("a", "b"), add([1], [2]), add(True, 1)])
print(add(big, big), add(big * 2, big * 2), type(add(big * 2, big * 2)).__name__)
print(add(-big * 2, -big * 2), add(10 ** 20, 1), add(1, 10 ** 20))
print(mul(3, 4), mul(2 ** 30, 2 ** 30), mul(-(2 ** 40), 2 ** 40), mul("ab", 3), mul(1.5, 2))
print(lt(1, 2), lt(2.0, 1), lt("a", "b"), lt(10 ** 30, 1), lt(1, 1.5))
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Num) else o)
print(add(Num(1), 2).v, add(2, Num(1)).v, lt(Num(1), 2), lt(3, Num(1)))

x = 0
for i in range(100):
    x += 2 ** 45
print(x, x - 100 * 2 ** 45)
i = 2 ** 47 - 3
for _ in range(6):
    i += 1
print(i, type(i).__name__)
