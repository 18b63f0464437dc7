# dir() lists public names, sorted: user classes (inherited and instance attributes), builtin types, math.
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
    def __len__(self):
        return 0
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")], "__len__" in dir(b), "__init__" in dir(B))
print([n for n in dir(B) if not n.startswith("__")], dir(b) == sorted(dir(b)))
for obj in ("", [], {}, set(), (), frozenset()):
    print(type(obj).__name__, [n for n in dir(obj) if not n.startswith("_")])
import math
print([n for n in dir(math) if not n.startswith("_")])
