# ImportError / ModuleNotFoundError carry msg, name and path (None unless given).
try:
    import _surely_missing_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.path, e.msg, e.args)
try:
    from _surely_missing_pkg import thing
except ImportError as e:
    print(type(e).__name__, e.name, isinstance(e, ModuleNotFoundError))
e = ImportError("custom", name="mod", path="/x/mod.py")
print(e, e.msg, e.name, e.path, e.args)
e2 = ImportError()
print(e2.msg, e2.name, e2.path, e2.args, ImportError("a", "b").msg)
print(ModuleNotFoundError("m", name="n").name)
try:
    ImportError("x", bad=1)
except TypeError as err:
    print(type(err).__name__, err)
class MyImportError(ImportError):
    pass
m = MyImportError("boom", name="q")
print(m.name, m.msg, m.path)
m.name = "changed"
print(m.name)
