# More built-in dunders called directly: sequence + and *, __round__, __format__, and subclasses
# reaching the built-in behaviour through super().
print("ab".__add__("c"), (1,).__add__((2,)), [1].__mul__(2), "ab".__rmul__(2), (0,).__mul__(0))
for bad in (lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: (1,).__add__([2]),
            lambda: "a".__mul__(1.5), lambda: [].__rmul__("x"), lambda: (1).__format__(2),
            lambda: (1.5).__format__("q"), lambda: (3).__format__("s"), lambda: (0.5).__round__(1, 2)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print((2.675).__round__(2), (2.5).__round__(), (15).__round__(-1), (7).__round__(), round(1.25, 1))
print((42).__format__("08b"), (3.14159).__format__(""), (7).__format__(""), (-2.5).__format__("+.1e"))
print((12345678901234567890).__repr__(), float.__repr__(0.1 + 0.2), int.__repr__(-5))
class Id(int):
    def __repr__(self):
        return "Id(" + super().__repr__() + ")"
    def __format__(self, spec):
        return "#" + super().__format__(spec)
print(repr(Id(7)), str(Id(7)), f"{Id(255):x}", format(Id(3), ""), "{:>4}".format(Id(9)))
print([n for n in ("__add__", "__mul__", "__rmul__") if hasattr("", n) and hasattr([], n) and hasattr((), n)])
print("__round__" in dir(1), "__format__" in dir(2.0), "__repr__" in dir(1))
for f in (lambda: float.__repr__(1), lambda: int.__repr__("x"), lambda: int.__format__(1.5, "")):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(int.__repr__(True), bool.__repr__(True), True.__format__("d"))
