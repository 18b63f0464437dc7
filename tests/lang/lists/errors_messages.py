# Error messages of common list/tuple/dict operations, as CPython 3.11 words them.
KEY = "k"
cases = [
    lambda: [1][2],
    lambda: [1][KEY],
    lambda: [1, 2].index(3),
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: [1].remove(2),
    lambda: [1] + (2,),
    lambda: [1] * [2],
    lambda: (1,)[3],
    lambda: (1, 2).index(9),
    lambda: {}["k"],
    lambda: {}.pop("k"),
    lambda: {}.popitem(),
    lambda: {[]: 1},
    lambda: dict([(1, 2, 3)]),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: [1, 2, 3][::0],
    lambda: list(5),
    lambda: tuple(None),
    lambda: sorted([1, None]),
    lambda: [3, "a"].sort(),
    lambda: max([]),
    lambda: min(1),
    lambda: sum(["a"]),
    lambda: len(5),
    lambda: [1].insert("x", 0),
    lambda: [].extend(3),
]
for i, fn in enumerate(cases):
    try:
        fn()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
t = (1, 2)
try:
    t[0] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(3)
except AttributeError as e:
    print(type(e).__name__, e)
