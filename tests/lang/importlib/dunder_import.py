# The __import__ builtin: top-level package unless fromlist is given,
# levels for relative imports, CPython's errors.
m = __import__("_imppkg._inner")
print(m.__name__, m._inner.__name__)
m = __import__("_imppkg._inner", fromlist=["DEPTH"])
print(m.__name__, m.DEPTH)
m = __import__("_imppkg", {"__name__": "__main__"}, {}, ["_child"], 0)
print(m.__name__, m._child.NAME)
j = __import__("json")
import json
print(j is json)
m = __import__("_child", {"__package__": "_imppkg"}, None, ["NAME"], 1)
print(m.__name__)
m = __import__("", {"__name__": "_imppkg._inner._leaf"}, None, ["x"], 2)
print(m.__name__)
m = __import__("_inner", {"__name__": "_imppkg", "__path__": []}, None, [], 1)
print(m.__name__)
for args in [(1,), ("",), ("x", None, None, (), -1), ("x", {"__package__": 1}, None, (), 1),
             ("x", {"__name__": "a.b"}, None, (), 3), ("x", {}, None, (), 1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("nowhere_to_be_found")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("_child", {"__package__": ""}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
