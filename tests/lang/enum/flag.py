# Flag: members combine with | & ^; combinations get names like R|W.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), [c.value for c in Color])
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(rw))
print(repr(Perm.R & Perm.W), bool(Perm.R & Perm.W))
print(Perm(6) is rw, Perm(7), repr(Color.RED | Color.BLUE), list(Color.RED | Color.BLUE))
print(repr(Perm.R ^ Perm.R | Perm.X), len(rw))
print(Color.RED | Color.GREEN == Color(3))
