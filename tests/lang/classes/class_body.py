# Class bodies execute top to bottom: computed attributes, nested classes, loops, name resolution.
class Config:
    base = 10
    double = base * 2
    names = [f"item{i}" for i in range(3)]
    lookup = {n: i for i, n in enumerate(names)}
    if base > 5:
        mode = "big"
    else:
        mode = "small"
    for _k in range(2):
        pass
    class Inner:
        value = "inner"
        def get(self):
            return self.value
    def method(self):
        return self.base + self.double
print(Config.double, Config.names, Config.lookup, Config.mode, Config._k)
print(Config.Inner().get(), Config.Inner.__name__, Config().method())
x = "module x"
class Scope:
    x = "class x"
    def read(self):
        return x
    def read_attr(self):
        return self.x
    y = x + "!"
print(Scope().read(), Scope().read_attr(), Scope.y)
class Empty:
    pass
class Doc:
    "A docstring."
print(Empty.__name__, Doc.__doc__, Empty.__doc__, isinstance(Empty(), Empty))
class WithInit:
    created = []
    def __init__(self, tag):
        self.tag = tag
        WithInit.created.append(tag)
[WithInit(t) for t in "abc"]
print(WithInit.created)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(("add", v))
        return self
    def mul(self, v):
        self.ops.append(("mul", v))
        return self
    def run(self, start):
        for op, v in self.ops:
            start = start + v if op == "add" else start * v
        return start
print(Chain().add(2).mul(5).add(1).run(0))
def make_class(n):
    class Dyn:
        size = n
        def twice(self):
            return self.size * 2
    return Dyn
A, B = make_class(3), make_class(7)
print(A().twice(), B().twice(), A is B, A.__name__)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y) if isinstance(o, Point) else NotImplemented
    __hash__ = None
print(Point(1, 2), Point() == Point(0, 0), Point(1) != Point(2), Point() == 0)
try:
    {Point()}
except TypeError as e:
    print(type(e).__name__, e)
