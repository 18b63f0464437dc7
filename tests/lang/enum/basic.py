# Enum basics: repr, str, name/value, iteration, len, membership, lookups.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(repr(Color.RED), str(Color.GREEN), Color.BLUE)
print(Color.RED.name, Color.RED.value, type(Color.RED.value).__name__)
print(list(Color))
print(len(Color), [c.name for c in Color], [c.value for c in Color])
print(Color.RED in Color, Color(2), Color["BLUE"], Color(3) is Color.BLUE)
print(type(Color.RED) is Color, isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
print(repr(Color), str(Color), type(Color).__name__, Color.__name__)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED is Color.RED, Color.RED == 1)
print(f"{Color.RED}", "{}".format(Color.GREEN), "%s" % Color.BLUE, format(Color.RED, ">12") + "|")
print(list(reversed(Color)))
for i, c in enumerate(Color, 1):
    print(i, c, c.value == i)
print(sorted(Color, key=lambda c: -c.value))
print(Color.RED.__class__.__name__, bool(Color.RED), bool(Color))
print([m for m in Color if m.value % 2])


class Empty(Enum):
    pass


print(len(Empty), list(Empty), bool(Empty))
