# Call-unpacking errors name the callee as CPython does: module.qualname() for script functions,
# classes and methods, type.name() for built-in methods, name() for builtins; only a lone *x does.
import math
def f(*a, **k):
    return a, k
class C:
    def m(self, *a, **k):
        pass
    @staticmethod
    def s(*a):
        pass
    class Inner:
        def __init__(self, *a, **k):
            pass
def outer():
    def local(*a):
        pass
    return local
cases = [
    lambda: f(*5), lambda: f(**[1]), lambda: f(**{"x": 1}, **{"x": 2}), lambda: f(x=1, **{"x": 2}),
    lambda: f(**{"x": 1}, x=2), lambda: C().m(*None), lambda: C.m(C(), **[1]), lambda: C.s(*1.5),
    lambda: C.Inner(*3), lambda: C.Inner(**{"a": 1}, a=2), lambda: outer()(*2), lambda: (lambda *a: 0)(*5),
    lambda: print(*5), lambda: print(**[1]), lambda: print(**{"sep": 1}, sep=2), lambda: [].append(*5),
    lambda: math.sqrt(**[1]), lambda: len(*None), lambda: int(**[1]), lambda: "a".split(*1),
    lambda: f(1, *5), lambda: f(*[1], *5), lambda: f(*5, 1), lambda: [*5], lambda: (1, *5), lambda: {*5},
    lambda: {**[1]}, lambda: {**{"a": 1}, **{"a": 2}} and f(**{1: 2}),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except TypeError as e:
        print(i, e)
print(f(*"ab", *[1], **{"k": 1}, j=2), {*"ab", *[1]} == {"a", "b", 1}, sorted({*(), *"ba"}))
