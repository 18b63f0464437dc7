# Positional-only and keyword-only parameters.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
print(h(only='k'))
try:
    h('pos')
except TypeError as e:
    print('TypeError:', e)
def defaults_po(a, b=10, /):
    return a + b
print(defaults_po(1), defaults_po(1, 2))
print(f.__name__, g.__name__, (lambda: 0).__name__)
