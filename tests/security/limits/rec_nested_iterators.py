# Iterators wrapped 100000 deep (map of map of ..., zip, filter, enumerate,
# generator expressions): pulling one item recurses through all of them in
# native code, which must stop with RecursionError, never a stack overflow
# (CPython 3.11 itself crashes here, so the .out file is written by hand).
# max-seconds: 20
def nest(wrap):
    it = iter([1])
    for _ in range(100000):
        it = wrap(it)
    return it

for label, wrap in [("map", lambda it: map(abs, it)),
                    ("zip", zip),
                    ("filter", lambda it: filter(None, it)),
                    ("enumerate", enumerate),
                    ("genexp", lambda it: (x for x in it))]:
    try:
        next(nest(wrap))
        print(label, "returned?!")
    except RecursionError:
        print(label, "RecursionError")
print(list(map(abs, map(abs, [-1, -2]))))
