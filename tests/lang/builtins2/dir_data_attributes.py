# dir() lists data attributes and dunders too: int/float (numerator, real, ...), range (start, stop,
# step), function objects (__name__ and custom attributes).
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir(1.5) if not n.startswith("_")])
print([n for n in dir(True) if not n.startswith("_")])
print("__add__" in dir(1), "__float__" in dir(1), "__round__" in dir(1.5))
print([n for n in dir(range(1)) if not n.startswith("_")])
def f():
    pass
f.custom = 1
print("custom" in dir(f), "__name__" in dir(f), "__doc__" in dir(f))
