# Generators (next milestone): yield, next, send-free iteration, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g), next(g, 'done'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
gen = (x * x for x in range(5) if x % 2 == 0)
print(gen.__class__.__name__, list(gen), list(gen))
def with_return():
    yield 1
    return 'result'
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print('StopIteration value:', e.value)
