# Package used by modules/packages.py.
print("init _shapes")
from ._square import Square
from . import _circle
DEFAULT_SIDE = 2
def describe():
    return "shapes package with " + ", ".join(sorted(n for n in ("Square", "circle")))
