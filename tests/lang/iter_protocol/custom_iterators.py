# __iter__/__next__ protocol, iter() with sentinel, StopIteration, exhausted iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("xyz")
print(list(r), list(r), "y" in r, list(zip(r, r)))
vals = [3, 2, 1, 0, 5]
it = iter(vals.pop, 0)
print(list(it), vals)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(list(it))
i1 = iter([1, 2, 3])
print(iter(i1) is i1, list(i1))
class StopArgs:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done value")
print(list(StopArgs()))
a, b = Countdown(2)
print(a, b)
try:
    a, b = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
