# A class's namespace is copied when the class is made, so a reference kept
# to it (from __prepare__ or type()'s third argument) cannot change the class
# behind the caches' back.
saved = {}

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        d = {}
        saved[name] = d
        return d

class C(metaclass=Meta):
    def f(self):
        return "f"

def call(o):
    return o.f()

c = C()
print(call(c), call(c))
saved["C"]["f"] = lambda self: "patched through the namespace"
print(call(c), C.f(c), "f" in C.__dict__)

ns = {"g": lambda self: 1, "K": 10}
D = type("D", (), ns)
d = D()
print(d.g(), d.K, D.K)
ns["g"] = lambda self: 2
ns["K"] = 20
print(d.g(), d.K, D.K)
D.K = 30
print(d.K, D.K, ns["K"])
