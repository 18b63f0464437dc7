# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, *, k):
    return a
def h():
    return 0
tests = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2), lambda: g(1),
         lambda: g(1, 2), lambda: h(1), lambda: f(), lambda: g(k=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
def many(a, b, c, d=1):
    return a
try:
    many(1)
except TypeError as e:
    print('TypeError:', e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError:', e)
