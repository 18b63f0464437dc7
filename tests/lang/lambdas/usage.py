# Lambdas: defaults, closures, immediately invoked, in data structures, conditional bodies.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, y=10, *, z=100: x + y + z)(1), (lambda x, y=10, *, z=100: x + y + z)(1, 2, z=3))
make_mul = lambda n: lambda x: x * n
double, triple = make_mul(2), make_mul(3)
print(double(7), triple(7), make_mul(10)(make_mul(2)(3)))
sign = lambda v: "neg" if v < 0 else ("zero" if v == 0 else "pos")
print([sign(v) for v in (-2, 0, 5)])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(filter(lambda s: s and s[0].isupper(), ["Ab", "", "cd", "Ef"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
f = lambda: None
print(f(), f.__name__, (lambda: 0).__name__, callable(f))
fs = [lambda i=i: i * i for i in range(4)]
print([g() for g in fs])
compose = lambda *fns: lambda x: __import_free_reduce(fns, x)
def __import_free_reduce(fns, x):
    for fn in reversed(fns):
        x = fn(x)
    return x
print(compose(str, abs, lambda v: v - 10)(3))
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
counter = [0]
inc = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(inc(), inc(), inc())
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda x: (lambda y: x + y))(1)(2), (lambda: (yield))().__class__.__name__)
