# int(), float(), bool(), str() constructors and their errors.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for args in [(), ("42",), (" -12 ",), ("1_000",), ("ff", 16), ("0x1f", 0), ("0b101", 0),
             ("z", 36), ("010", 0), ("00", 0), ("_1",), ("12", 1), ("12", 37), (3.99,),
             (-3.99,), (True,), (2 ** 80,), ("1" * 30,), (b" 7 ",), (1e20,),
             (float("inf"),), (float("nan"),), ([],), (1.5, 10), ("x",), ("",),
             ("١٢٣",), ("1" * 5000,)]:
    show(int, *args)
show(int, base=2)
show(int, "101", base=2)
show(int, x=5)


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3


show(int, Num())
show(float, Num())
show(hex, Num())

for args in [(), ("1.5",), (" -inf ",), ("nan",), ("1e400",), ("1_0.5",), ("abc",),
             (b"2.5",), (10,), (2 ** 1100,), ([],), (True,), (" 12 ",)]:
    show(float, *args)
show(float, x=1)

for v in [0, 1, "", "a", [], [0], None, 0.0, -1]:
    show(bool, v)
show(bool, 1, 2)

show(str)
show(str, 12)
show(str, [1, "a"])
show(str, b"abc")
show(str, b"caf\xc3\xa9", "utf-8")
show(str, b"abc", encoding="ascii")
show(str, b"\xff", "utf-8")
show(str, b"\xe2\x82", "utf-8")
show(str, b"\xe2\x28", "utf-8")
show(str, b"\xe9", "ascii")
show(str, b"\xff\xfe", "latin-1")
show(str, b"a\xffb", "utf-8", "replace")
show(str, b"a\xffb", "utf-8", "ignore")
show(str, 1, "utf-8")
show(str, b"x", "no-such-codec")
show(str, object="obj")
