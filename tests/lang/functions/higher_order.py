# Functions as first-class values: passing, returning, storing, partial application by closure.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.strip, 1, '  s  '))
def partial(fn, *bound):
    def call(*rest):
        return fn(*bound, *rest)
    return call
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(10))
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
s = '  Hello World  '
for f in pipeline:
    s = f(s)
print(s)
def reduce(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(max, [3, 9, 2], 0))
funcs = {'sq': lambda x: x * x, 'neg': lambda x: -x}
print(sorted((name, f(4)) for name, f in funcs.items()))
print(list(map(lambda f: f(3), funcs.values())))
print(max(['b', 'aaa', 'cc'], key=len), sorted([-3, 1, -2], key=abs))
