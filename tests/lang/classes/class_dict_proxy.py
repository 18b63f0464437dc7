# A class's __dict__ is a read-only mappingproxy over its namespace.
class T:
    a = 1
    def m(self):
        return "m"
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.__name__
d = T.__dict__
print(type(d).__name__, type(d), d["a"], d.get("a"), d.get("zz"), d.get("zz", 5))
print("a" in d, "zz" in d, len(d) == len(list(d)), bool(d))
print([k for k in d if not k.startswith("__")], sorted(k for k in d.keys() if k[0] != "_"))
print(type(d["s"]).__name__, type(d["c"]).__name__, d["m"] is T.m, d["s"].__func__() if hasattr(d["s"], "__func__") else "s")
try:
    d["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.pop("a")
except AttributeError as e:
    print(type(e).__name__, e)
print(d == dict(d), d != {}, type(d.copy()).__name__, d.copy() == dict(d))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(dict(d.items())["a"], [v for k, v in d.items() if k == "a"])

# The proxy is live: class attribute changes show through it.
T.b = 2
print(d["b"], "b" in T.__dict__)
del T.a
print("a" in d, T.__dict__.get("a", "gone"))

# Subclasses have their own namespace; inherited names are not in it.
class U(T):
    u = 3
print("u" in U.__dict__, "b" in U.__dict__, U.b)
print(repr(type("X", (), {}).__dict__).startswith("mappingproxy({"), str(U.__dict__).startswith("{"))
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, len(int.__dict__) > 10)

# The mappingproxy type itself: a read-only view of any mapping.
proxy_type = type(T.__dict__)
src = {"k": 1}
view = proxy_type(src)
src["k2"] = 2
print(view, len(view), view["k2"], proxy_type(mapping={"m": 0}))
for args in ((), ([1],), ((1, 2),), ({}, {})):
    try:
        proxy_type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
