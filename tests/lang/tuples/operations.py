# tuple operations: count/index, comparison, concatenation, hashing, nesting, single-element syntax.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), max(t), min(t), sum(t))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print((1,), (1), tuple(), (), tuple("ab"), tuple([1, [2]]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, () * 5, 3 * ("a",))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), ("a", 1) < ("a", 2), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)))
print(hash((1, "a")) == hash((1, "a")), {(1, 2): "pair"}[(1, 2)])
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
inner = [1]
tt = (inner, 2)
inner.append(3)
print(tt)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print(repr((1,)), repr(()), str((None, True, "s")), repr(("q'", 'd"')))
pts = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pts), sorted(pts, key=lambda p: p[1]), max(pts))
print(tuple(x * x for x in range(4)), tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1])
print(t[2:5], t[-1], t[::3], 5 in t, 7 not in t)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 6])
print(lo, hi, avg)
print(tuple.__name__, type(()).__name__, isinstance((1,), tuple), (1, 2).__len__())
