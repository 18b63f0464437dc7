# Calling numeric dunder methods directly: __repr__, __str__, __add__, __eq__, __hash__ on floats/ints.
x = 0.1
print(x.__repr__(), x.__str__(), (2.5).__add__(1), (2.5).__radd__(1), (2.5).__mul__(2))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.0).__hash__() == hash(1), (3.0).__int__(), (3.7).__trunc__())
print((7).__repr__(), (7).__str__(), (7).__add__(1.5), (7).__truediv__(2), (-3).__abs__(), (5).__bool__())
print(float.__repr__(1e22), int.__repr__(10 ** 20), str.__repr__("q"), list.__repr__([1]))
print((2.0).__pow__(10), (9.0).__floordiv__(2), (9.0).__mod__(4), (1.5).__neg__(), (0.0).__bool__())
print(("a").__add__("b"), ([1]).__add__([2]), (1, 2).__len__(), {"a": 1}.__getitem__("a"))
print((5).__add__("x"), (1.5).__add__("x"), (5).__eq__("5"), (255).__format__("x"), (1.5).__format__(".2f"))
