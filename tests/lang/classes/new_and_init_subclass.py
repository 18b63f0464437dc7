# __new__ (singletons, immutable subclasses, caching) and __init_subclass__ registries.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self, tag):
        self.inits += 1
        self.tag = tag
a, b = Singleton("first"), Singleton("second")
print(a is b, a.inits, a.tag)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple(self)}"
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, len(u), u + "!", type(u).__name__, u.lower())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Cached(1) is Cached(1), Cached(1) is Cached(2), len(Cached._cache))
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[getattr(cls, "plugin_name", None) or cls.__name__.lower()] = cls
class Csv(Plugin):
    plugin_name = "csv"
class Json(Plugin):
    pass
class Pretty(Json):
    plugin_name = "pretty-json"
print(sorted(Plugin.registry), Plugin.registry["pretty-json"].__mro__[1].__name__)
