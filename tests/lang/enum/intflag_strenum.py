# IntFlag members are ints and flags; StrEnum members are strs.
from enum import IntFlag, StrEnum, auto


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


m = Mode.A | Mode.C
print(repr(m), str(m), m == 5, m + 1, Mode.B | 1, type(Mode.B | 1).__name__, m & 4)


class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear"


print(repr(Fruit.APPLE), str(Fruit.APPLE), Fruit.APPLE == "apple", Fruit.PEAR.upper(), f"{Fruit.PEAR}!", Fruit("apple"))
