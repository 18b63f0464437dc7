# is / is not for singletons and shared objects; == versus is.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
def f():
    pass
print(f() is None, f is f)
b.append(3)
print(a, c)
t = ()
print(t == (), len(t) == 0)
print(type(1) is int, type(1.0) is float, type('') is str, type([]) is list, type(True) is bool)
