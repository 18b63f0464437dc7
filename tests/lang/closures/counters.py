# Closures capture variables; nonlocal rebinds them.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
print(acc(1), acc(2), acc('x'))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = pair()
print(g(), s(42), g())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1), list(map(adder(10), [1, 2])))
