# lambda expressions: defaults, varargs, immediately applied, in sort keys and maps.
sq = lambda x: x * x
print(sq(7), (lambda a, b=10: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
pts = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pts, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)('  hi  '))
print((lambda: 'no args')(), (lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print(sq.__name__, type(sq).__name__)
table = {op: (lambda o: (lambda a, b: eval_op(o, a, b)))(op) for op in '+-*'}
def eval_op(o, a, b):
    return a + b if o == '+' else a - b if o == '-' else a * b
print([table[o](6, 3) for o in '+-*'])
