# Cooperative multiple inheritance: C3 MRO, super() following the MRO of the instance.
class Root:
    def setup(self, log):
        log.append("Root")
class A(Root):
    def setup(self, log):
        log.append("A")
        super().setup(log)
class B(Root):
    def setup(self, log):
        log.append("B")
        super().setup(log)
class C(A, B):
    def setup(self, log):
        log.append("C")
        super().setup(log)
log = []
C().setup(log)
print(log)
print([k.__name__ for k in C.__mro__])
class D(B, A):
    pass
log = []
D().setup(log)
print(log, [k.__name__ for k in D.__mro__])
class KW:
    def __init__(self, **kw):
        self.rest = kw
class Named(KW):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(KW):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="Ann", age=30, extra=True)
print(p.name, p.age, p.rest, [k.__name__ for k in Person.__mro__])
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Bad(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M1:
    def f(self):
        return ["M1"]
class M2(M1):
    def f(self):
        return ["M2"] + super().f()
class M3(M1):
    def f(self):
        return ["M3"] + super().f()
class M4(M2, M3):
    def f(self):
        return ["M4"] + super().f()
print(M4().f(), M2().f())
print(issubclass(M4, M1), isinstance(M4(), M3), M4.__bases__ == (M2, M3))
