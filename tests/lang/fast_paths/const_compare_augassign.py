# == / != against a str constant (EQK/NEK), `in` between two strs, and
# `target += k` / `target -= k` on attributes, subscripts, globals and cells
# (ADDI/SUBI on the loaded value) must match the general ops for every
# operand: str subclasses overriding __eq__, non-str operands, dunders.


class S(str):
    def __eq__(self, o):
        return "S.eq"

    def __ne__(self, o):
        return ""

    def __contains__(self, o):
        return o == "zz"


class Box:
    def __init__(self):
        self.n = 1
        self.f = 0.5
        self.items = [1, 2.5, 2**63, "s"]


class Counter:
    def __init__(self):
        self.log = []

    def __iadd__(self, k):
        self.log.append(("iadd", k))
        return self

    def __isub__(self, k):
        self.log.append(("isub", k))
        return self


class Prop:
    def __init__(self):
        self._v = 10

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


def compares():
    for x in ["a", "b", "", S("a"), 1, None, b"a", 1.0]:
        print(repr(x), x == "a", x != "a", "a" == x, "a" != x)
        if x == "a":
            print(" branch eq")
        if x != "a":
            print(" branch ne")
    print("zz" in S("abc"), "a" in S("abc"), "b" in "abc", "" in "abc", "abc" in "ab")
    for ch in "a \t\nx":
        if ch in " \t\n\r":
            print("ws", repr(ch))
        if ch not in " \t\n\r":
            print("not ws", repr(ch))
    try:
        print(1 in "abc")
    except TypeError as e:
        print("TypeError:", e)
    print("é" in "café", "€" in "a€b", "ab" == "a" + "b")


G = 5
cells = 0


def augassign():
    global G
    b = Box()
    b.n += 1
    b.n -= 3
    b.f += 1
    b.f -= 2
    print(b.n, b.f)
    b.items[0] += 5
    b.items[1] -= 1
    b.items[2] += 1
    b.items[2] -= 2
    b.items[-1] += "t"
    print(b.items)
    try:
        b.items[3] -= 1
    except TypeError as e:
        print("TypeError:", e)
    G += 2
    G -= 10
    print(G)
    c = Counter()
    box = Box()
    box.n = c
    box.n += 3
    box.n -= 4
    d = {"k": c}
    d["k"] += 5
    d["k"] -= 6
    print(c.log)
    p = Prop()
    p.v += 1
    p.v -= 5
    print(p.v)
    n = 0

    def inner():
        nonlocal n
        n += 7
        n -= 2

    inner()
    print(n)
    m = {}
    try:
        m["missing"] += 1
    except KeyError as e:
        print("KeyError:", e)
    try:
        b.nothing -= 1
    except AttributeError as e:
        print("AttributeError:", e)


compares()
augassign()
