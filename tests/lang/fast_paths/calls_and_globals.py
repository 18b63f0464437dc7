# Calls take a fast path for plain positional signatures; everything else
# (defaults, keywords, *args, closures, generators) must still bind right.
# Cached globals and builtins must notice rebinding and shadowing.

def plain(a, b):
    return a - b

def defaults(a, b=10):
    return a - b

def star(*args):
    return args

def kwonly(a, *, k=1):
    return a + k

def gen(n):
    yield from range(n)

def outer(x):
    def inner(y):
        return x + y
    return inner

print(plain(5, 3), defaults(5), defaults(5, 1), star(1, 2), kwonly(1), kwonly(1, k=5))
print(list(gen(3)), outer(10)(5), plain(b=1, a=4))
for bad in [lambda: plain(1), lambda: plain(1, 2, 3), lambda: defaults()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)

# Globals: a site caches where a name was found.
def get_len(s):
    return len(s)
print(get_len("abc"))
len = lambda s: "shadowed"
print(get_len("abc"))
del len
print(get_len("abc"))

counter = 0
def bump():
    return counter + 1
print(bump())
counter = 41
print(bump())
globals_cache_target = 1
def read_target():
    return globals_cache_target
print(read_target())
del globals_cache_target
try:
    read_target()
except NameError as e:
    print("NameError:", e)
globals_cache_target = "back"
print(read_target())

# A global defined later shadows a builtin the site already cached.
def use_abs(v):
    return abs(v)
print(use_abs(-3))
abs = lambda v: "global shadows builtin"
print(use_abs(-3))
del abs
print(use_abs(-4))
