# abs, round, divmod, pow, chr, ord, hex, oct, bin.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for v in [-5, 5, -2.5, -0.0, True, -2 ** 70, "x"]:
    show(abs, v)
for args in [(2.5,), (3.5,), (-0.5,), (0.5,), (2.675, 2), (1234.5678, -2), (5, 2), (5,),
             (12345, -2), (12355, -1), (-12355, -1), (15, -1), (25, -1), (2 ** 70 + 5, -1),
             (5, -100), (1e308, -400), (float("inf"),), (float("nan"),), (float("inf"), 2),
             (True,), (2.5, None), ("x",), (1.5, "x"), (7.0, 0)]:
    show(round, *args)
show(round)
show(round, number=2.5, ndigits=0)


class Money:
    def __round__(self, n=None):
        return ("rounded", n)

    def __abs__(self):
        return "abs!"


show(round, Money())
show(round, Money(), 2)
show(abs, Money())
for a, b in [(7, 2), (-7, 2), (7, -2), (-7.5, 2), (2 ** 70, 3), (1, 0), (1.0, 0), ("a", 1),
             (5, 0.5)]:
    show(divmod, a, b)
for args in [(2, 10), (2, -2), (2, 10, 1000), (3, -1, 7), (2, -1, 4), (2, 3, 0), (2.0, 3),
             (2, 3, 1.0), ("a", 2), (0.0, -1), (-8, 2), (2, 0.5), (10, 20, 7)]:
    show(pow, *args)
show(pow, base=2, exp=5, mod=7)
show(pow, 1)
for v in [65, 0x1F600, 0, -1, 0x110000, "a", 2 ** 70, True]:
    show(chr, v)
for v in ["a", "é", "😀", "ab", "", b"A", b"AB", 5]:
    show(ord, v)
for f in (hex, oct, bin):
    for v in [0, 255, -255, 2 ** 70, -(2 ** 70), True, 1.5, "a"]:
        show(f, v)
