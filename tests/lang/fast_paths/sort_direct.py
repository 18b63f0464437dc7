# Sorts whose keys are all small ints, all floats, all exact strs, or
# equal-length tuples of those are done without dispatch (vm/sort_keys.cpp).
# They must stay stable (also with reverse=True), order like CPython, cross
# the internal block size, and hand every other kind of key to the general
# sorter (mixed kinds, big ints, bools, str subclasses, tuples of different
# lengths or with other items, user classes).


def lcg(n, seed=12345):
    out = []
    for _ in range(n):
        seed = seed * 1103515245 + 12345 & 0x7FFFFFFF
        out.append(seed)
    return out


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


def digest(xs):  # order-sensitive, and independent of str hashing
    h = 0
    for x in xs:
        h = (h * 31 + len(repr(x)) + (x[0] if isinstance(x, tuple) else 0)) & 0xFFFFFFFF
    return h


def main():
    nums = lcg(50000)
    recs = [(i, n % 100, "k" + str(n % 37)) for i, n in enumerate(nums)]
    by_mod = sorted(recs, key=lambda r: r[1])
    print(by_mod[:3], by_mod[-3:], digest(by_mod))
    by_mod_rev = sorted(recs, key=lambda r: r[1], reverse=True)
    print(by_mod_rev[:3], digest(by_mod_rev))
    by_pair = sorted(recs, key=lambda r: (r[2], r[1]))
    print(by_pair[:3], by_pair[-2:], digest(by_pair))
    by_str = sorted(recs, key=lambda r: r[2], reverse=True)
    print(by_str[:2], digest(by_str))
    floats = [(n % 1000) / 7 - 50 for n in nums[:5000]] + [0.0, -0.0, float("inf"), -float("inf")]
    fs = sorted(floats)
    print(fs[:3], fs[-3:], digest(fs))
    print(sorted([0.0, -0.0, 0.0, -0.0], key=lambda x: x), [str(x) for x in sorted([0.0, -0.0, 1.0, -0.0])])
    words = ["été", "zebra", "Zebra", "apple", "ápple", "€uro", "", "a", "ab", "b"]
    print(sorted(words), sorted(words, key=len), sorted(words, reverse=True))
    print(sorted([3, 1.5, 2, 0.5, True, False]))
    print(sorted([2**70, 5, -(2**70), 3]), sorted([True, False, True, 0, 1]))
    print(sorted([Rev("a"), Rev("c"), Rev("b")]), sorted([(1, 2), (1,), (0, 5, 6), (1, 1)]))
    print(sorted([(1, "b"), (1, "a"), (0, None)], key=lambda t: (t[0], str(t[1]))))
    print([k.v for k in sorted([Key(3), Key(1), Key(2)])])
    try:
        sorted([(1, "a"), (1, 2)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        sorted([1, "a"])
    except TypeError as e:
        print("TypeError:", e)
    xs = nums[:40000]
    xs.sort()
    print(xs[:2], xs[-2:], all(xs[i] <= xs[i + 1] for i in range(len(xs) - 1)))
    ys = [n % 10 for n in nums]
    idx = sorted(range(len(ys)), key=ys.__getitem__)
    print(idx[:5], idx[-5:], digest(idx))


main()
