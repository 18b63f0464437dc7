# range objects: len/index/count/contains, negative steps, slicing, equality, big bounds, errors.
r = range(3, 30, 4)
print(r, len(r), list(r), r[0], r[-1], r[2:5], r[::-1], 11 in r, 12 in r, r.index(15), r.count(7))
print(range(10, 0, -3), list(range(10, 0, -3)), len(range(10, 0, -3)), list(range(0, 10, -1)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
big = range(-10 ** 9, 10 ** 9, 7)
print(0 in big, 7 in big, (10 ** 9 - 1) in big, big[10 ** 18] if False else big[5])
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(5).start, range(5).stop, range(5).step, range(1, 2, 3).step, bool(range(0)), bool(range(1)))
try:
    range(1, 5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(3.0 in range(5), 2.5 in range(5), "a" in range(5), True in range(2))
print(list(reversed(range(1, 8, 3))), list(enumerate(range(10, 13))), dict(zip(range(3), "abc")))
print(range(0, 20, 5)[1:-1], range(0, 20, 5)[::2], len(range(0, 20, 5)[10:]))
for i in range(2, -1, -1):
    print("countdown", i)
print([list(range(n)) for n in range(4)])
rs = range(6)
it = iter(rs)
print(next(it), next(it), list(it), list(rs))
print(repr(range(0, 5, 1)), repr(range(-3, 3)), str(range(2, 8, 2)))
