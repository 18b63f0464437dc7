# Dict keys of mixed hashable types: numeric equality merges keys, tuples/frozensets/None/bool keys.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
d[0] = "zero"
d[False] = "false"
d[-0.0] = "neg zero"
print(d, len(d))
keys = {None: "none", (): "empty tuple", (1, (2, 3)): "nested", frozenset({1}): "fs", "": "empty str",
        2 ** 64: "big", 0.5: "half", "0.5": "str half"}
print(keys[None], keys[()], keys[(1, (2, 3))], keys[frozenset([1])], keys[""], keys[2 ** 64], keys[1 / 2], keys["0.5"])
print(keys.get(2.0 ** 64), keys.get((1, [2, 3]) if False else (1, (2.0, 3.0))), keys.get(frozenset()))
try:
    keys[[1]] = "list"
except TypeError as e:
    print(type(e).__name__, e)
try:
    keys.get({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} in {frozenset({1}): 1}
    print("set lookup allowed", {1} in {frozenset({1}): 1} if False else "checked")
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 1.0, True, 2, 2.0, "2", (2,), frozenset([2])}
print(len(s), 2 in s, "2" in s, (2,) in s, frozenset({2.0}) in s)
counts = {}
for v in [1, 1.0, True, 2, 2.0, 3]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid.get((3, 3), "off-grid"), sum(grid.values()), (1.0, 2.0) in grid)
