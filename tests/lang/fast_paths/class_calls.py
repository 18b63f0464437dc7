# Calling a class whose __init__ is a plain function takes a fast path; every
# other kind of class call, and every change to the class, must behave as
# before.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(cls, *args):
    return cls(*args)

def make2(cls, a, b):
    return cls(a, b)     # one CALL site for many classes

p = make2(P, 1, 2)
print(type(p).__name__, p.x, p.y)

class Q(P):
    pass
q = make2(Q, 3, 4)
print(type(q).__name__, q.x, q.y, isinstance(q, P))

class Bad:
    def __init__(self, a, b):
        self.a = a
        return 5
try:
    make2(Bad, 1, 2)
except TypeError as e:
    print("TypeError:", e)

class WithNew:
    def __new__(cls, a, b):
        print("__new__", a, b)
        return super().__new__(cls)
    def __init__(self, a, b):
        print("__init__", a, b)
w = make2(WithNew, 5, 6)
print(type(w).__name__)

class Other:
    pass
class Odd:
    def __new__(cls, a, b):
        return Other()        # __init__ is skipped: not an instance of Odd
    def __init__(self, a, b):
        print("never")
print(type(make2(Odd, 1, 2)).__name__)

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, a, b):
        self.s = a + b
print(make2(M, 1, 2).s)

from abc import ABC, abstractmethod
class Abstract(ABC):
    def __init__(self, a, b):
        pass
    @abstractmethod
    def f(self):
        pass
try:
    make2(Abstract, 1, 2)
except TypeError as e:
    print("TypeError:", e)

# Wrong argument counts give CPython's messages.
for args in [(), (1,), (1, 2, 3)]:
    try:
        make(P, *args)
    except TypeError as e:
        print("TypeError:", e)

# Defaults and keywords go the general way.
class D:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)
print(D(1).t, D(1, 5).t, D(1, c=9).t, make2(D, 7, 8).t)

# Patching __init__ (on the class or a base) after the site was used.
P.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print(make2(P, 1, 2).x, make2(Q, 1, 2).x)
def init3(self, x, y):
    self.x = -x
Q.__init__ = init3
print(make2(Q, 1, 2).x, make2(P, 1, 2).x)
del Q.__init__
print(make2(Q, 1, 2).x)

# An exception inside __init__ propagates with the instance discarded.
class Fails:
    def __init__(self, a, b):
        raise ValueError("in __init__ %d" % (a + b))
try:
    make2(Fails, 1, 2)
except ValueError as e:
    print("ValueError:", e)

# Deep recursion through class calls hits the recursion limit cleanly.
class Chain:
    def __init__(self, n, acc):
        self.next = Chain(n - 1, acc) if n else None
try:
    Chain(10 ** 6, 0)
except RecursionError as e:
    print("RecursionError:", e)
c = Chain(50, 0)
depth = 0
while c is not None:
    depth += 1
    c = c.next
print(depth)

# __init__ rebinding self does not change what the call returns.
class Rebind:
    def __init__(self, a, b):
        self.a = a
        self = None
print(type(make2(Rebind, 1, 2)).__name__)

# Exceptions and built-in types are not plain classes.
print(make2(ValueError, "a", "b").args, make2(range, 1, 4), make2(dict, [], c=1) if False else make(dict))
