# all/any/sum/min/max/sorted/reversed/enumerate/zip/map/filter/iter/next.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        name = type(r).__name__
        if name in ("enumerate", "zip", "map", "filter", "reversed") or name.endswith("iterator"):
            r = list(r)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(all, [1, 2, 3])
show(all, [])
show(any, [0, "", None])
show(any, iter([0, 5]))
show(all, 5)
show(sum, [1, 2, 3])
show(sum, [0.1] * 10)
show(sum, [1, 2.5, 3])
show(sum, [2 ** 62, 2 ** 62, -1])
show(sum, [[1], [2, 3]], [])
show(sum, [(1,), (2,)], ())
show(sum, range(101), 10)
show(sum, [1], start=100)
show(sum, ["a"], "")
show(sum, [b"a"], b"")
show(sum, [1, "a"])
show(min, [3, 1, 2])
show(max, 3, 1, 2)
show(min, "hello")
show(max, ["aa", "b", "ccc"], key=len)
show(min, [("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1])
show(max, [1, 3, 3.0], key=None)
show(min, [], default="empty")
show(max, [])
show(min, (x for x in []))
show(max, 1, 2, default=0)
show(min)
show(min, 1)
show(max, [1, "a"])
show(sorted, [3, 1, 2])
show(sorted, "banana")
show(sorted, [(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0], reverse=True)
show(sorted, {3: "c", 1: "a"})
show(sorted, [1, "a"])
show(sorted, [2, 1], reverse="x")
show(sorted)
show(reversed, [1, 2, 3])
show(reversed, (1, 2))
show(reversed, "abc")
show(reversed, range(10, 0, -3))
show(reversed, range(5))
show(reversed, range(0))
show(reversed, {"a": 1, "b": 2})
show(reversed, {1, 2})
show(reversed, 5)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Rev:
    def __reversed__(self):
        return iter("zyx")


show(reversed, Seq())
show(reversed, Rev())
show(enumerate, "ab")
show(enumerate, "ab", 5)
show(enumerate, iterable="xy", start=-1)
show(enumerate, 5)
show(zip, "ab", [1, 2, 3])
show(zip)
show(zip, [1, 2], [3, 4], strict=True)
show(zip, [1, 2], [3], strict=True)
show(zip, [1], [3, 4], strict=True)
show(zip, [1], [3], [4, 5], strict=True)
show(map, pow, [2, 3], [3, 2, 1])
show(map, str.upper, "ab")
show(map, len)
show(filter, None, [0, 1, "", "x"])
show(filter, lambda v: v % 2, range(7))
show(filter, len)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
show(next, it)
show(next, [1])
show(iter, 5)
stack = [1, 2, 3, 4]
show(iter, stack.pop, 2)
show(iter, 5, 1)
e = enumerate(["x", "y"], start=10)
print(next(e), next(e))
