# auto() numbers members from 1, continuing after explicit values.
from enum import Enum, IntEnum, auto


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()


print(list(Weekday), [d.value for d in Weekday])


class Mixed(Enum):
    A = 10
    B = auto()
    C = auto()
    D = 50
    E = auto()


print([(m.name, m.value) for m in Mixed])


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print([int(x) for x in Level], Level.HIGH > Level.LOW, Level(2))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "-" + str(count)

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named], Named("beta-1"))


class Explicit(Enum):
    X = auto()
    Y = 7
    Z = auto()


print(Explicit.X.value, Explicit.Y.value, Explicit.Z.value)
