# Class scopes are not enclosing scopes for methods; comprehensions in classes see only the
# outermost iterable from the class namespace; nonlocal/global interplay with class bodies.
factor = "global factor"
class A:
    factor = 3
    values = [1, 2, 3]
    scaled_first = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError"
    def method(self):
        return factor
print(A.scaled_first, A.scaled, A().method())
def outer():
    level = "function"
    class B:
        level = "class"
        def get(self):
            return level
        seen = level
    return B().get(), B.seen
print(outer())
def counter():
    n = 0
    class C:
        def bump(self):
            nonlocal n
            n += 1
            return n
    c = C()
    c.bump(); c.bump()
    return n
print(counter())
class D:
    items = ["x", "y"]
    pairs = [(i, j) for i in items for j in range(2)] if False else None
    first_iter = [i.upper() for i in items]
print(D.first_iter, D.pairs)
try:
    class E:
        items = ["x"]
        pairs = [(i, j) for i in range(2) for j in items]
except NameError as e:
    print(type(e).__name__, e)
g = 1
class F:
    global g
    g = 2
print(g)
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
def builtins_fallback():
    return max(3, 9), abs(-2)
print(builtins_fallback())
