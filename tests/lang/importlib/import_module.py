# importlib.import_module returns the named module, sharing the one module
# object with the import statement.
import importlib
import json

m = importlib.import_module("json")
print(m is json, m.__name__, m.dumps([1, 2]))
math = importlib.import_module("math")
print(math.sqrt(16), type(math).__name__)
mod = importlib.import_module("_impmod")
print(mod.bump(), mod.bump())
import _impmod
print(_impmod is mod, _impmod.counter)
inner = importlib.import_module("_imppkg._inner")
print(inner.__name__, inner.DEPTH, inner._child.NAME)
leaf = importlib.import_module("_imppkg._inner._leaf")
print(leaf.__name__, leaf.LEAF, leaf.PARENT_NAME)
for name in ("no_such_module_xyz", "_imppkg.nothing", "json.nope"):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)
try:
    importlib.import_module("")
except ValueError as e:
    print("ValueError:", e)
print(importlib.import_module("_imppkg").VALUE)
