# Decorators with arguments, stacking order, class decorators, decorating methods, wraps.
from functools import wraps
log = []
def tag(name):
    def deco(f):
        @wraps(f)
        def inner(*a, **k):
            log.append(f"{name}>")
            r = f(*a, **k)
            log.append(f"<{name}")
            return r
        return inner
    return deco
@tag("outer")
@tag("inner")
def work(x):
    """Doubles x."""
    log.append("work")
    return x * 2
print(work(21), log, work.__name__, work.__doc__)
def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(who):
    return "hi " + who
print(hello("bob"))
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def validate(*types):
    def deco(f):
        @wraps(f)
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{f.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return f(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print(type(e).__name__, e)
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
class Svc:
    @count_calls
    def ping(self):
        return "pong"
    @staticmethod
    @count_calls
    def util():
        return "u"
s = Svc()
print(s.ping(), s.ping(), Svc.ping.calls, Svc.util(), Svc.util.calls)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("x") is Db("y"))
print(work.__wrapped__(5), log[-1])
