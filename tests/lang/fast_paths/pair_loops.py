# `for k, v in d.items()` and `for i, x in enumerate(a_list)` unpack the
# pair without making a tuple; dict keys and values loops take no detour.
# Changes during iteration, unpacking into other targets, other iterables
# and exhausted iterators must behave as before.


def main():
    d = {"a": 1, "b": 2, "c": 3}
    for k, v in d.items():
        print(k, v, end="; ")
    print()
    for k in d:
        print(k, end=" ")
    for v in d.values():
        print(v, end=" ")
    for k in d.keys():
        print(k, end=" ")
    print()
    for item in d.items():
        print(item, type(item).__name__, end=" ")
    print()
    for k, (x, y) in {"p": (1, 2), "q": (3, 4)}.items():
        print(k, x + y, end=" ")
    print()
    for (k, v) in d.items():
        print(k * v, end=" ")
    print()
    try:
        for k, v in d.items():
            d["z"] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        for k, v, w in {"a": 1}.items():
            print(k)
    except ValueError as e:
        print("ValueError:", e)
    del d["z"]
    for k, v in d.items():
        d[k] = v * 10  # changing values, not the size, is allowed
    print(d)
    s = {3, 1, 2}
    print(sorted(x for x in s))
    xs = ["x", "y", "z"]
    for i, x in enumerate(xs):
        print(i, x, end="; ")
    print()
    for i, x in enumerate(xs, 5):
        print(i, x, end="; ")
    print()
    for i, x in enumerate(xs, 2**62):
        print(i, x, end="; ")
    print()
    for i, x in enumerate("ab"):
        print(i, x, end="; ")
    for i, x in enumerate((7, 8)):
        print(i, x, end="; ")
    print()
    for pair in enumerate(xs):
        print(pair, end=" ")
    print()
    e = enumerate(xs)
    for i, x in e:
        if i == 1:
            break
    print(list(e), list(e))
    grow = [1, 2]
    for i, x in enumerate(grow):
        if i < 3:
            grow.append(x * 10)
    print(grow)
    it = iter([4, 5, 6])
    next(it)
    for i, x in enumerate(it):
        print(i, x, end=" ")
    print(list(it))
    try:
        for a, b in enumerate([1]):
            pass
        for a, b, c in enumerate([1]):
            pass
    except ValueError as e:
        print("ValueError:", e)


main()
