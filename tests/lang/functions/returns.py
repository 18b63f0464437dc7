# Return values: None by default, multiple values, early returns, functions as values.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return 'none'
print(first_negative([3, -1, -5]), first_negative([1, 2]))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, 'abcd'), apply(lambda: 'lam'))
ops = {'add': lambda x, y: x + y, 'mul': lambda x, y: x * y}
print({name: fn(6, 7) for name, fn in ops.items()})
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs)(-3))
def doc():
    "A docstring is not printed."
    return doc.__doc__
print(doc())
print(callable(doc), callable(3), callable(print), callable(lambda: 0), callable('s'))
