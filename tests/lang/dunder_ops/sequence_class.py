# A full user sequence type: indexing with ints and slices, len, iter, reversed, contains, +, *, ==, repr.
class Vec:
    def __init__(self, items=()):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Vec(self._items[key])
        if not isinstance(key, int):
            raise TypeError(f"Vec indices must be integers or slices, not {type(key).__name__}")
        return self._items[key]
    def __setitem__(self, key, value):
        self._items[key] = value
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return Vec(self._items[::-1]).__iter__()
    def __contains__(self, x):
        return x in self._items
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self._items + other._items)
        return NotImplemented
    def __mul__(self, n):
        return Vec(self._items * n)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vec) and self._items == other._items
    def __repr__(self):
        return f"Vec({self._items})"
    def __bool__(self):
        return bool(self._items)
v = Vec("abcdef")
print(v, len(v), v[0], v[-1], v[1:4], v[::-2], "c" in v, "z" in v)
print(list(reversed(v)), sorted(v, reverse=True)[:2], v + Vec("xy"), Vec([0]) * 3, 2 * Vec([1]))
v[0] = "A"
print(v[0], v == Vec("Abcdef"), v != Vec("abcdef"), bool(Vec()), bool(v))
try:
    v["k"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    v[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    v + [1]
except TypeError as e:
    print(type(e).__name__, e)
a, b, *rest = v
print(a, b, rest, list(enumerate(v[:2])), dict(zip(v, range(3))), max(v), "".join(v))
print([x.upper() for x in v if x > "c"], sum(1 for _ in v), list(map(ord, v[4:])))
print(v.__len__(), len(v[2:2]), v[2:2] == Vec(), Vec(range(5))[::2])
