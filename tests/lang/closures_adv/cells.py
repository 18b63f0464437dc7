# Closures: shared cells, nonlocal rebinding, closures in loops, factories, recursion.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(get2(), get())
def adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
early, late = adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def accum():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
a = accum()
print(a("x"), a("y"), a("z"))
def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(10))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def unbound():
    def show():
        return val
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    val = 3
    return show()
print(unbound())
def counter_class_mix():
    total = 0
    class Acc:
        def add(self, v):
            nonlocal total
            total += v
    acc = Acc()
    acc.add(3); acc.add(4)
    return total
print(counter_class_mix())
gen_closure = (lambda y: (lambda: y * 2))(21)
print(gen_closure())
