# A metaclass __call__ intercepts calling the class; super().__call__
# (type.__call__) runs __new__ and __init__ as usual.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if not hasattr(cls, "_instance"):
            print("creating", cls.__name__, args, kwargs)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, a.debug)


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        obj = type.__call__(cls, *args)
        obj.serial = Counting.calls
        return obj


class Point(metaclass=Counting):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = Point(3, 4)
print(p.x, p.y, p.serial, q.serial, Counting.calls)


class Refuse(type):
    def __call__(cls, *args):
        raise TypeError(cls.__name__ + " cannot be instantiated")


class Abstract(metaclass=Refuse):
    pass


try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
