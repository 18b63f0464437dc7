# The type names of builtin iterator objects, as scripts see them in messages and type checks.
objs = [enumerate("a"), zip("a"), map(str, "a"), filter(None, "a"), reversed([1]), reversed("ab"),
        iter([1]), iter((1,)), iter("s"), iter(range(2)), iter({1: 2}), iter({1}), iter({}.values()),
        iter({}.items()), (x for x in "a")]
for o in objs:
    print(type(o).__name__)
print(type(enumerate("a")) is enumerate, type(zip()) is zip, type(map(str, "")) is map, type(filter(None, "")) is filter)
print(isinstance(reversed([1]), reversed), isinstance(enumerate([]), enumerate))
try:
    next(enumerate)
except TypeError as e:
    print(type(e).__name__, e)
