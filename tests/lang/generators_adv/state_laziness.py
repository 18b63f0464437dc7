# Generator laziness, state across yields, generator expressions binding, gi_running-free checks.
trace = []
def numbers(n):
    for i in range(n):
        trace.append(f"produce {i}")
        yield i
    trace.append("exhausted")
g = numbers(3)
print(trace)
print(next(g), trace)
print(list(g), trace[-1])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(0, fib())))
xs = [1, 2, 3]
ge = (x * 10 for x in xs)
xs.append(4)
print(list(ge))
ys = [1, 2]
ge2 = (x for x in ys)
ys = [9, 9]
print(list(ge2))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def gen_with_return():
    yield 1
    return "ret"
print(list(gen_with_return()))
print(type(fib()).__name__, hasattr(fib(), "send"), iter(f) is f)
def early():
    return
    yield
print(list(early()))
def nested_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in nested_gen()])
def pipeline(src):
    evens = (x for x in src if x % 2 == 0)
    squared = (x * x for x in evens)
    return sum(squared)
print(pipeline(range(10)), pipeline(numbers(5)))
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
gen = (i for i in range(3))
print(list(gen), list(gen), sum(i for i in range(101)))
print(max((len(w), w) for w in "a quick brownish fox".split()))
