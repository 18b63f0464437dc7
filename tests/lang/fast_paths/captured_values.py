# Variables that nothing rebinds once a nested function can see them are passed
# to it by value, without a cell (frontend/scope.cpp capture_values). Every case
# here is one where that must not happen, or where it must not show.


def read(get):
    """Calls get(); a free variable it finds empty reads as the NameError's text."""
    try:
        return get()
    except NameError as e:
        return "NameError: " + str(e)


def adder(n):
    return lambda x: x + n                       # a parameter: by value


def made_before_bound():
    def get():
        return late                              # made before `late` is bound
    late = "bound after the closure was made"
    return get()


def rebound_later():
    v = 1
    get = lambda: v
    v = 2                                        # a second binding: a cell
    return get()


def rebound_param(p):
    get = lambda: p
    p = p * 10
    return get()


def nonlocal_child():
    total = 0

    def add(k):
        nonlocal total
        total += k
    add(3)
    add(4)
    return total


def nonlocal_grandchild():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    return middle(), x


def pass_through():
    x = "through middle"

    def middle():
        def inner():
            return x
        return inner
    return middle()()


def recursive(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)  # `fact` names itself: a cell
    return fact(n)


def mutual():
    def even(k):
        return True if k == 0 else odd(k - 1)    # odd is bound later

    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(10), odd(7)


def same_statement():
    f = lambda: f                                # made while f is being bound
    return f() is f


def conditional_walrus(flag):
    r = 0 if flag else (w := 5)
    return r, read(lambda: w)


def walrus_in_comprehension():
    found = [y for x in range(5) if (y := x * x) > 5]
    get = lambda: y
    return found, get()


def annotated_only():
    a: int
    return read(lambda: a)


def deleted():
    d = 1
    del d
    return read(lambda: d)


def bound_in_branch(flag):
    if flag:
        b = "branch"
    return read(lambda: b)


def bound_in_try():
    try:
        t = int("x")
    except ValueError:
        t = "from except"
    return (lambda: t)()


def loop_late_binding():
    fs = [lambda: i for i in range(3)]
    gs = []
    for j in range(3):
        gs.append(lambda: j)
    return [f() for f in fs], [g() for g in gs]


def default_snapshot():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]


def class_body_reads():
    tag = "from function"

    class C:
        seen = tag

        def method(self):
            return tag
    return C.seen, C().method()


def class_method_super():
    label = "label"

    class Base:
        def name(self):
            return "base"

    class Child(Base):
        def name(self):
            return super().name() + "/" + label
    return Child().name()


def generator_capture():
    limit = 4

    def gen():
        for k in range(limit):
            yield k * limit
    return list(gen())


def imported():
    import math

    def area(r):
        return math.pi * r * r
    return round(area(2), 6)


def nested_def_then_rebind_via_augassign():
    c = 1
    get = lambda: c
    c += 1
    return get()


def shadowed(x):
    def inner():
        x = "inner's own"
        return x
    return inner(), x


def many_closures():
    base = 100
    fs = []
    for i in range(3):
        fs.append(lambda k: base + k)
    return [f(i) for i, f in enumerate(fs)]


print(adder(5)(10), [adder(k)(1) for k in range(3)])
print(made_before_bound())
print(rebound_later(), rebound_param(3))
print(nonlocal_child(), nonlocal_grandchild(), pass_through())
print(recursive(6), mutual(), same_statement())
print(conditional_walrus(True), conditional_walrus(False))
print(walrus_in_comprehension(), annotated_only(), deleted())
print(bound_in_branch(True), bound_in_branch(False), bound_in_try())
print(loop_late_binding(), default_snapshot())
print(class_body_reads(), class_method_super(), generator_capture(), imported())
print(nested_def_then_rebind_via_augassign(), shadowed("param"), many_closures())


# A class between the owner and the reader, a generator owner, chained lambdas, a
# global of the same name in a nested function, a default next to the closure.
def outer():
    x = "outer x"

    class C:
        x = "class x"

        def m(self):
            return x
        y = x
    return C().m(), C.y, C.x


def gen_owner():
    base = 10
    yield (lambda k: base + k)(1)
    yield [base * i for i in range(3)]


def lambda_chain(a):
    return lambda b: lambda c: a + b + c


def global_in_inner():
    v = "enclosing"

    def setg():
        global v
        v = "global"
    setg()
    return (lambda: v)(), v


def default_and_closure(n):
    def f(k=n):
        return k + n
    return f(), f(1)


print(outer())
print(list(gen_owner()))
print(lambda_chain(1)(2)(3))
print(global_in_inner(), v)
print(default_and_closure(5))
