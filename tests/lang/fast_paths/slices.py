# x[a:b] loads compile to GETSLICE: exact lists, tuples and strs with int or
# None bounds are copied directly; every other case (subclasses with their
# own __getitem__, __index__ bounds, big ints, bytes, ranges, user classes)
# must get the slice object the general path builds.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Seq:
    def __getitem__(self, key):
        return ("getitem", type(key).__name__, key.start, key.stop, key.step)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", key)


class MyStr(str):
    pass


def main():
    xs = list(range(10))
    t = tuple(xs)
    s = "hello, world"
    u = "héllo wörld €"
    print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-8], xs[5:2], xs[-100:100])
    print(t[2:5], t[:0], t[-2:], s[1:4], s[:5], s[7:], s[-5:-1], s[100:], s[:])
    print(u[1:5], u[-3:], u[3:200], s[:] is s, xs[:] is xs, t[:] is t)
    print(xs[Idx(2):Idx(4)], s[Idx(1):None], xs[True:3])
    print(xs[2**70:], xs[-(2**70):2], s[:2**65])
    print(b"bytes"[1:3], bytearray(b"abc")[1:], range(10)[2:5], range(10)[2:5][1:])
    print(Seq()[1:2], Seq()[:], Seq()["a":"b"])
    print(MyList([1, 2, 3])[0:2], type(MyStr("abcdef")[1:3]).__name__, MyStr("abcdef")[1:3])
    print(xs[1:8][2:4], s[1:][1:][1:])
    for bad in [("a", 2), (1.5, None)]:
        try:
            print(xs[bad[0]:bad[1]])
        except TypeError as e:
            print("TypeError:", e)
    try:
        n = 5
        print(n[1:2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print({1: 2}[1:2])
    except TypeError as e:
        print("TypeError:", e)
    x = [0, 1, 2, 3]
    x = x[1:]
    print(x)
    i = 1
    print(xs[(i := i + 1):i + 3], i)


main()
