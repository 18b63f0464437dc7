# Packages: __init__ runs first and once, submodules, relative imports (. and ..), attributes.
import _shapes
print(_shapes.Square(3).area(), _shapes._circle.area(2), _shapes.DEFAULT_SIDE, _shapes.describe())
import _shapes._square
print(_shapes._square.Square is _shapes.Square)
from _shapes._solid import _cube
print(_cube.volume(3), _cube.pi_again(), _cube.__name__)
import _shapes._solid._cube as cube2
print(cube2 is _cube, hasattr(_shapes, "_solid"), _shapes._solid._cube is _cube)
from _shapes import _consts
print(_consts.PI, _shapes._consts is _consts)
from _shapes._circle import area as circle_area
print(circle_area(1))
try:
    import _shapes._nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _shapes import _nothing_here
except ImportError as e:
    print(type(e).__name__)
print(_shapes.__name__, _shapes._solid.__name__)
