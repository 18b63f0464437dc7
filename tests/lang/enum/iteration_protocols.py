# Enum classes behave as read-only containers of their members.
from enum import Enum


class Dir(Enum):
    NORTH = "N"
    EAST = "E"
    SOUTH = "S"
    WEST = "W"

    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def opposite(self):
        return self.turn_right().turn_right()


print(Dir.NORTH.turn_right(), Dir.WEST.turn_right(), Dir.EAST.opposite)
print(list(map(str, Dir)), tuple(d.value for d in Dir))
print(Dir("S"), Dir["WEST"].value, getattr(Dir, "EAST"), Dir.NORTH.name.lower())
it = iter(Dir)
print(next(it), next(it))
print(list(zip(Dir, range(10))))
print({d.value: d.name for d in Dir})
print(any(d is Dir.SOUTH for d in Dir), all(isinstance(d, Dir) for d in Dir))
print(Dir.NORTH in Dir, Dir.__members__.get("NORTH"), Dir.__members__.get("UP", "none"))
x = Dir.EAST
if x is Dir.EAST:
    print("matched by identity")
if x == Dir.EAST:
    print("matched by equality")
print(len(Dir.__members__), sorted(Dir.__members__))
print(isinstance(Dir, type), issubclass(Dir, Enum), Dir.__mro__[1] is Enum)
