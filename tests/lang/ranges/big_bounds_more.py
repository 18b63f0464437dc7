# Ranges past 64 bits and past the unboxed fast form: every operation but len() of a huge range.
import sys
cases = [range(2 ** 63), range(-2 ** 64, 2 ** 64, 2 ** 60), range(10 ** 30, -10 ** 30, -3 * 10 ** 29),
         range(0, 2 ** 100, 2 ** 99), range(5, 2 ** 70, 2 ** 70), range(2 ** 64, 2 ** 64),
         range(0, 10, 2 ** 50), range(2 ** 62 - 1, 2 ** 62 + 2)]
for r in cases:
    print(r, bool(r), r.start, r.stop, r.step, r == eval(repr(r)) if False else r == r)
    try:
        print(" len", len(r))
    except OverflowError as e:
        print(" len", type(e).__name__, e)
    print(" items", list(r[:3]), list(r[-2:]), r[::-1][:2], r[1:][:1])
    if r:
        print(" ends", r[0], r[-1], r[0] in r, r[-1] in r, (r[0] + 1) in r, r.index(r[-1]), r.count(r[0]))
    it = iter(r)
    print(" iter", [next(it, None) for _ in range(3)], list(zip(reversed(r), range(2))))

# Equality and hashing agree between the two forms.
print(range(2 ** 64, 2 ** 64 + 10, 3) == range(2 ** 64, 2 ** 64 + 12, 3),
      hash(range(2 ** 64, 2 ** 64 + 10, 3)) == hash(range(2 ** 64, 2 ** 64 + 12, 3)))
print(range(0) == range(2 ** 80, 2 ** 80), hash(range(0)) == hash(range(2 ** 80, 2 ** 80)),
      range(7, 8) == range(7, 2 ** 70, 2 ** 70), {range(7, 8): "a"}[range(7, 2 ** 70, 2 ** 70)])
print(range(2 ** 64)[2 ** 63:2 ** 63 + 4], range(10)[::2 ** 50], range(10)[::-2 ** 60])

# Membership of ints and bools is arithmetic (other types would be searched one by one).
big = range(-10 ** 20, 10 ** 20, 7)
print(7 in big, -10 ** 20 in big, 10 ** 20 in big, True in range(2 ** 64), False in range(1, 2 ** 64))

# Errors: CPython's messages.
for bad in (lambda: big[10 ** 40], lambda: big[-10 ** 40], lambda: big["x"], lambda: big[1.0],
            lambda: big[::0], lambda: big["a":], lambda: range(2 ** 64, 0, 0),
            lambda: range(1.5, 2 ** 64), lambda: range(0, 2 ** 64, "2"), lambda: big.index(1),
            lambda: len(range(2 ** 64)), lambda: range(-2 ** 64, 0)[2 ** 64]):
    try:
        print(bad())
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# __index__ objects as bounds.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
r = range(I(2 ** 65), I(2 ** 65 + 9), I(4))
print(r, list(r), r[I(1)], len(r), sum(range(2 ** 64, 2 ** 64 + 100)) % 1000)
