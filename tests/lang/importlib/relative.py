# Relative names need the package= anchor.
import importlib

child = importlib.import_module("._child", package="_imppkg")
print(child.__name__, child.NAME)
inner = importlib.import_module("._inner", "_imppkg")
print(inner.__name__)
leaf = importlib.import_module(".._child", "_imppkg._inner")
print(leaf is child)
print(importlib.import_module("._leaf", "_imppkg._inner").LEAF)
try:
    importlib.import_module("._child")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("...x", "_imppkg._inner")
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.import_module(".missing", "_imppkg")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(importlib.import_module("json", package="ignored").__name__)
