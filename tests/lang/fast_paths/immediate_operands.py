# The small-int immediate forms (x + 1, x - 2, x < 3, local += 1, local -= 1)
# and the fused compare-and-branch must behave as the general ops do for
# every operand that is not a small int: big ints, floats, bools, strs,
# and classes with their own dunders.


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("add", self.v, o)

    def __sub__(self, o):
        return ("sub", self.v, o)

    def __radd__(self, o):
        return ("radd", self.v, o)

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o * 10
        return self

    def __lt__(self, o):
        return ["lt", o]  # truthy, not a bool

    def __gt__(self, o):
        return []  # falsy, not a bool

    def __eq__(self, o):
        return self.v == o

    def __le__(self, o):
        return NotImplemented

    def __ge__(self, o):
        return NotImplemented


def arith():
    big = 2**62 - 1
    print(big + 1, big + 1 - 1, -big - 1 - 2, type(big + 1).__name__)
    print(2**100 + 5, 2**100 - 5, 1.5 + 1, 1.5 - 2, True + 1, False - 1)
    print(Num(3) + 1, Num(3) - 1)
    n = Num(5)
    n += 2
    print(n.v)
    n -= 2
    print(n.v)
    f = 2.5
    f += 1
    f -= 3
    print(f)
    i = 2**63
    i -= 1
    i += 1
    print(i)
    j = -(2**62)
    j -= 1
    print(j, type(j).__name__)
    for bad in ["s", None, [1]]:
        try:
            print(bad + 1)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(bad - 1)
        except TypeError as e:
            print("TypeError:", e)
        x = bad
        try:
            x -= 1
        except TypeError as e:
            print("TypeError:", e)
        try:
            x += 1
        except TypeError as e:
            print("TypeError:", e)


def compare():
    vals = [0, 1, 2, -1, 2**70, -(2**70), 1.5, 2.0, float("nan"), True, False]
    for v in vals:
        print(v, v < 2, v <= 2, v > 2, v >= 2, v == 2, v != 2, v == 1, v != 1)
    for v in vals:
        out = []
        if v < 2:
            out.append("lt")
        if v <= -1:
            out.append("le")
        if v > 1:
            out.append("gt")
        if v >= 0:
            out.append("ge")
        if v == 2:
            out.append("eq")
        if v != 0:
            out.append("ne")
        if not v < 1:
            out.append("not-lt")
        print(v, out)
    n = Num(1)
    print(n < 2, n > 2, n == 1, n != 1)
    if n < 2:
        print("truthy list from __lt__ takes the branch")
    if n > 2:
        print("wrong")
    else:
        print("falsy list from __gt__ does not")
    try:
        if n <= 2:
            pass
    except TypeError as e:
        print("TypeError:", e)
    for bad in ["s", None, (1,)]:
        try:
            if bad < 3:
                print("?")
        except TypeError as e:
            print("TypeError:", e)
        print(bad == 3, bad != 3)
    x = 5
    print(0 < x < 10, 0 < x < 3, 6 < x < 10, 1 <= x <= 5 == 5)
    s, t = "ab", "a" + "b"
    if s == t:
        print("str eq branch")
    if s != t:
        print("wrong")
    if s is t or s is not t:
        print("is branch")
    if "a" in s and "z" not in s:
        print("in branch")
    i = 0
    while i < 5:
        i += 1
    while i != -3:
        i -= 1
    print(i)


arith()
compare()


def mul_mod_div():
    # MULRI, MODRI, FLOORDIVRI: x * k, x % k, x // k with a small int constant
    for x in [0, 7, -7, 2**46, -(2**46), 2**62, 2**100, 7.5, -7.5, True, float("inf")]:
        print(x * 3, x * -2, x % 5, x % -5, x // 5, x // -5, x * 0)
        print(x % 16, x // 16, x % 1, x // 1, x % 1024, x // 2, x % -16, x // -16)
    for bad in ["ab", [1], None, (1,)]:
        try:
            print("*", bad * 3)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print("%", bad % 3)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print("//", bad // 3)
        except TypeError as e:
            print("TypeError:", e)
    print("%d items" % 3, "%s-%s" % (1, 2) if False else "x%sy" % 7)
    try:
        print(5 % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(5 // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(5.0 % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    n = 2**40
    print(n * 30000, n * -30000, (-n) % 7, (-n) // 7)
    f, k, big, neg = 2.5, 3, 2**47 - 1, -(2**47)
    print(f * k, f * big, f * neg, f * 2**60, f * True, 0.1 * k, float("inf") * 0, k * f)


mul_mod_div()
