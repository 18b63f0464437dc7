# * and ** in calls and in list/tuple/set/dict displays.
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *"ab", 3))
print(f(**{"x": 1}, y=2, **{"z": 3}))
print(f(*range(3), **dict(a=1)))
print([*range(3), *"hi", *(4,)], (*[1], *[2, 3]), {*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print([*[], *()], {**{}}, (*"",))
def g(a, b, c=0, *, d=0):
    return a + b + c + d
print(g(*[1, 2]), g(*(1, 2, 3)), g(1, *[2], d=4), g(**{"a": 1, "b": 2, "d": 3}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), min(*"zyx"), print(*[], sep="-"))
print(*[1, 2, 3], sep=", ")
print(*"abc")
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(g(*args, **kwargs))
print(dict(**{"k": 1}), list(zip(*[(1, "a"), (2, "b")])))
def gen():
    yield 1
    yield 2
print(f(*gen()), [*gen(), *gen()])
print(f(*{"k1": 0, "k2": 0}))
