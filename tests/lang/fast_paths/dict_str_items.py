# d[s] and d[s] = v on an exact dict with an exact str key are answered
# inline; dict subclasses (__missing__, __getitem__, __setitem__), missing
# keys and keys of other types must behave as the general item ops do.


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


def main():
    d = {}
    d["a"] = 1
    d["b"] = 2
    d["a"] += 10
    key = "".join(["a"])
    print(d[key], d["b"], d)
    try:
        print(d["zz"])
    except KeyError as e:
        print("KeyError:", e)
    d[1] = "int key"
    d[2.0] = "float key"
    print(d[1], d[2], d[True])
    m = Missing(x=1)
    print(m["x"], m["y"])
    lg = Logged()
    lg["k"] = 5
    print(lg["k"])
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    big = {}
    for i in range(1000):
        big["k" + str(i)] = i
    print(sum(big["k" + str(i)] for i in range(0, 1000, 7)), len(big))
    try:
        d[[1]] = 3
    except TypeError as e:
        print("TypeError:", e)


main()
