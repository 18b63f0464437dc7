# and/or/not: short-circuit evaluation order, returned operands, truthiness of many types.
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls); calls.clear()
print(t(2) and t(3), calls); calls.clear()
print(t("") or t("x") or t("y"), calls); calls.clear()
print(t(None) or t(0) or t([]), calls); calls.clear()
print(t(1) or t(1 / 0), calls); calls.clear()
print(not t([]), not t([0]), calls); calls.clear()
for v in (0, 0.0, -0.0, 1, -1, "", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, range(0), range(1)):
    print(repr(v), bool(v))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, [] or {} or "last")
x = 5
print(0 < x < 10 and x % 2 == 1, not 0 < x < 3)
print((True + True) * 3, True is not False, True == 1, False == 0.0)
def side(n, v):
    calls.append(n)
    return v
r = side("a", 1) < side("b", 2) < side("c", 0) < side("d", 9)
print(r, calls); calls.clear()
print(any(side(i, i > 2) for i in range(10)), calls); calls.clear()
class Falsy:
    def __bool__(self):
        calls.append("bool")
        return False
f = Falsy()
print((f or "fallback"), calls); calls.clear()
print((f and "never") is f, calls); calls.clear()
print(not f, calls); calls.clear()
y = None
print(y is None and "none" or "some", (y or []) + [1])
v = 0
v = v or 10
print(v, None if None else "else-branch", "a" if "" else "b")
print([] and [][0], {} or {"a": 1}, (0 or None) is None)
