# yield from: delegation of values, send/throw passthrough, and the subgenerator's return value.
def inner():
    got = yield "i1"
    print("inner got", got)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"inner caught {e}"
def deleg():
    yield from catcher()
    yield "after"
d = deleg()
print(next(d), d.throw(ValueError("x")), next(d))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()
def returns_early():
    return 42
    yield
def use():
    v = yield from returns_early()
    yield v
print(list(use()))
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
def run():
    total = yield from depth(50)
    yield total
print(list(run())[-2:])
def from_iter():
    yield from iter([7, 8])
    yield from {"k": 1}
print(list(from_iter()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
