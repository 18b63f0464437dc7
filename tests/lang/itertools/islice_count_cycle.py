# itertools.islice over infinite count/cycle/repeat; chain.from_iterable; starmap.
from itertools import islice, count, cycle, repeat, chain, starmap, takewhile, dropwhile
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(-3, -2), 4)), list(islice(cycle("abc"), 7)), list(repeat("x", 3)))
print(list(islice(count(), 3, 12, 4)), list(islice("abcdefg", None, None, 2)), list(islice("abc", 0)))
print(list(zip(count(1), "xyz")), list(map(pow, range(5), repeat(2))))
print(list(chain.from_iterable(["ab", [1, 2], (3,)])), list(chain.from_iterable([])))
print(list(chain.from_iterable(repeat([0, 1], 3))))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda *a: sum(a), [(), (1, 2, 3)])))
print(list(takewhile(lambda x: x < 10, count(1, 3))), list(islice(dropwhile(lambda x: x < 5, count()), 3)))
c = count(5)
print(next(c), next(c), repr(c))
cy = cycle([])
print(list(islice(cy, 5)))
print(list(islice(cycle(range(3)), 2, 10)))
for bad in ((-1,), (0, -1), (0, 1, 0), ("a",)):
    try:
        islice("abc", *bad)
    except ValueError as e:
        print(type(e).__name__, e)
seen = []
def src():
    for i in range(10):
        seen.append(i)
        yield i
it = src()
print(list(islice(it, 2, 4)), seen, next(it))
print(list(repeat(None, 0)), list(repeat(1, -5)), list(islice(repeat(7), 2)))
