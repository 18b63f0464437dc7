# global and nonlocal declarations: module rebinding, shadowing, nested levels, UnboundLocalError.
g = 1
def read_global():
    return g
def write_global():
    global g
    g = 100
def shadow():
    g = "local"
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def create_new_global():
    global fresh
    fresh = "created"
create_new_global()
print(fresh)
def broken():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
broken()
def levels():
    v = "L1"
    def l2():
        v = "L2"
        def l3():
            nonlocal v
            v = "L3 set"
        l3()
        return v
    r = l2()
    return v, r
print(levels())
def nonlocal_skips():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print(nonlocal_skips())
def global_in_nested():
    g = "enclosing"
    def inner():
        global g
        return g
    return inner(), g
print(global_in_nested())
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(3); bump(4)
print(counter)
def del_global():
    global fresh
    del fresh
del_global()
try:
    print(fresh)
except NameError as e:
    print(type(e).__name__, e)
class K:
    g = "class attr"
    def m(self):
        return g
print(K().m(), K.g)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
x = 10
def default_uses_global(v=x):
    return v
x = 20
print(default_uses_global(), x)
