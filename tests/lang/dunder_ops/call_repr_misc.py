# __call__, __repr__/__str__ fallbacks, __getattr__ for missing attributes, __index__, __int__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()], str(OnlyStr()), [str(OnlyStr())])
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name}")
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1), hasattr(p, "secret_x"), getattr(p, "secret", "dflt"))
print(p.target is p.__dict__["target"] if hasattr(p, "__dict__") else "nodict")
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __bool__(self):
        return "yes"
try:
    bool(Cmp())
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()), hash(H()) == hash(H()))
