# Container dunders: __len__, __getitem__ (int & slice), __setitem__, __delitem__, __contains__,
# __iter__ fallback to __getitem__, __bool__ vs __len__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if not (0 <= r < self.h and 0 <= c < self.w):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError("grid indices must be (row, col)")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = "#"
g[1, 2] = "@"
print(len(g), g[0, 1], g[0, 0], "#" in g, "?" in g)
print(["".join(g[r, c] for c in range(3)) for r in range(2)])
del g[0, 1]
print(g[0, 1], "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
a, b, *c = Squares()
print(a, b, c)
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())), list(Rev()))
class Defaults(dict):
    def __missing__(self, key):
        return key * 2
d = Defaults(a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
