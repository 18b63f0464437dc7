# Aliases share the canonical member; __members__ lists every name;
# @unique rejects aliases.
from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print(Shape["ALIAS_FOR_SQUARE"])
print(list(Shape.__members__), len(Shape.__members__))
for name, member in Shape.__members__.items():
    print(name, "->", member.name)
print([n for n, m in Shape.__members__.items() if m.name != n])
print(Shape.__members__)
print("CIRCLE" in Shape.__members__, Shape.__members__["CIRCLE"])

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
