# In CPython 3.11 slice objects are unhashable (they became hashable only in 3.12).
s = slice(1, 2)
try:
    hash(s)
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    {s: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(s == slice(1, 2), s != slice(1, 3))
