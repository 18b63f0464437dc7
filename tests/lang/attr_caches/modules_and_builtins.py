# Cached module attributes and methods of built-in objects.
import math
import _attr_mod as m

def area(r):
    return math.pi * r * r

def use_mod():
    return m.VALUE, m.fn()

print(area(1.0), use_mod())
m.VALUE = 2
print(use_mod())
m.fn = lambda: "replaced"
print(use_mod())
del m.VALUE
try:
    use_mod()
except AttributeError as e:
    print("AttributeError:", e)
m.VALUE = 3
print(use_mod())
m.extra = 1          # a new key: the module dict's keys change
print(use_mod())

# A method call site meeting different built-in types.
def up(x):
    return x.upper() if hasattr(x, "upper") else x.copy()
print(up("abc"), up(b"abc"), up([1, 2]), up("d"))

def appender(seq, v):
    seq.append(v)
    return seq
print(appender([1], 2), appender(bytearray(b"a"), 98))

class MyList(list):
    pass
ml = MyList()
print(appender(ml, 1), appender([], 0))
ml.append = lambda v: print("own append", v)
appender(ml, 5)
print(ml)
