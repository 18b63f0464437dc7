# import / import as / from-import forms; modules run once and are cached; import errors.
import _helper
import _helper as h
from _helper import double, Thing as T, VALUE
print(_helper is h, _helper.__name__, double(21), T(), VALUE)
print(type(_helper).__name__, callable(h.double), hasattr(h, "nothing"))
import _helper
from _helper import bump
print(bump(), bump(), h.counter, _helper.counter)
from _helper import _private
print(_private)
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import missing_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
try:
    import _no_such_module.sub
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import _helper as inner
    from _helper import VALUE as v
    return inner is h, v
print(local_import())
m = __import__("_helper")
print(m is h, m.double(5))
print(__name__)
h.VALUE = 99
print(_helper.read_value(), VALUE)
