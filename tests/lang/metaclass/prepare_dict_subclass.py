# __prepare__ returning a dict subclass: the class body reads, writes and deletes through it; other values are refused.
log = []
class LoggingNS(dict):
    def __setitem__(self, k, v):
        log.append(("set", k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append(("get", k))
        return super().__getitem__(k)
    def __missing__(self, k):
        log.append(("missing", k))
        raise KeyError(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LoggingNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", type(ns).__name__))
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class A(metaclass=Meta):
    x = 1
    y = x + 1
    del x
print(log)
print(type(A.__dict__).__name__, A.y, hasattr(A, "x"))
class Auto(dict):
    def __missing__(self, k):
        if k.startswith("auto_"):
            return k.upper()
        raise KeyError(k)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()
class B(metaclass=M2):
    v = auto_one
    w = len("abc")
print(B.v, B.w)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=M3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(metaclass=M2):
        del nothing_here
except NameError as e:
    print(type(e).__name__, e)
