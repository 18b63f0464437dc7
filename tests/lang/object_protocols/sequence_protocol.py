# The old sequence protocol: a class with __getitem__ and no __iter__ is iterable; IndexError or
# StopIteration ends it, other errors propagate; __iter__ = None blocks it.
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(4)
print(list(s), tuple(s), sorted(s, reverse=True), 20 in s, 25 in s, sum(s), max(s))
a, *rest = s
print(a, rest, [x + 1 for x in s], dict(enumerate(s)), list(zip(s, "ab")), "-".join(map(str, s)))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it), next(it, "done"))
for x in Seq(2):
    print("loop", x)
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()), set(Stops()))
class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("boom")
        return i
try:
    list(Broken())
except KeyError as e:
    print("KeyError", e)
class Blocked(Seq):
    __iter__ = None
for op in (lambda: iter(Blocked(1)), lambda: list(Blocked(1)), lambda: 0 in Blocked(1),
           lambda: [x for x in Blocked(1)], lambda: tuple(Blocked(1))):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
class Dictish(dict):
    def __getitem__(self, k):
        return 1
print(list(Dictish(a=0, b=0)), list(iter(Seq(0))))
