# User-defined __hash__/__eq__: dict lookups, default identity hash, __eq__ disables hash.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
table = {Key(1, 2): "one-two"}
print(table[Key(1, 2)], Key(1, 2) in table, Key(2, 1) in table)
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__ is None)
try:
    {EqNoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Key):
    pass
print(hash(Inherit(1, 2)) == hash(Key(1, 2)), {Inherit(1, 2): 1}[Key(1, 2)])
class InheritEq(Key):
    def __eq__(self, o):
        return False
try:
    hash(InheritEq(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Ident:
    pass
x = Ident()
print(hash(x) == hash(x), {x: 1}[x], hash(x) != hash(Ident()) or "collide")
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.n == o.n
many = {Collide(i): i for i in range(50)}
print(len(many), many[Collide(33)], sum(many.values()))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class Mut:
    def __init__(self):
        self.v = 1
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self is o
m = Mut()
s = {m}
m.v = 2
print(m in s, m in list(s))
class Restore(EqNoHash):
    __hash__ = object.__hash__
r = Restore()
print(hash(r) == hash(r), r in {r})
