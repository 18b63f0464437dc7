# `for x in range(...)` keeps a count in the loop's registers instead of a
# range and an iterator object (FORPREP). Every range a loop can meet must
# yield what CPython's does: empty, negative and large steps, bounds past
# the small-int range, bools and __index__ arguments, a shadowed `range`,
# range objects made elsewhere, and loops left early or suspended.


class Idx:
    def __index__(self):
        return 3


def collect(r):
    out = []
    for x in r:
        out.append(x)
    return out


def gen(n):
    for i in range(n):
        yield i * i


def main():
    print(collect(range(5)), collect(range(2, 9, 3)), collect(range(10, 0, -3)), collect(range(0)))
    print(collect(range(5, 5)), collect(range(5, 2)), collect(range(-3, 3, 2)), collect(range(3, -3, -2)))
    big = 2**47
    print(collect(range(big - 2, big + 2)), collect(range(-big - 1, -big + 1)))
    print(collect(range(2**70, 2**70 + 3)), collect(range(0, 2**60, 2**58)))
    print(collect(range(True, 4)), collect(range(Idx())), collect(range(False)))
    for bad in [(0, 5, 0), (1.5,), ("a",)]:
        try:
            for x in range(*bad):
                print(x)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    r = range(1, 4)
    print(collect(r), collect(r), [x * 2 for x in r], [(a, b) for a in range(2) for b in range(a, 3)])
    total = 0
    for i in range(10):
        if i == 7:
            break
        total += i
    else:
        total = -1
    print(total)
    for i in range(3):
        pass
    else:
        print("else ran", i)
    for i in range(4):
        i = i * 10  # rebinding the loop variable does not change the iteration
        print(i, end=" ")
    print()
    g = gen(5)
    print(next(g), next(g), list(g))
    print(sum(x for x in range(100)), [y for y in range(3) if y], {z: z for z in range(3)})
    n = 0
    for i in range(3):
        for j in range(i, 3):
            for k in range(j):
                n += i * j + k
    print(n)
    it = iter(range(3))
    next(it)
    print(collect(it))


def shadowed():
    def range(*args):
        return ["shadow", len(args)]

    print(collect(range(1, 2)))


main()
shadowed()
range = lambda n: [n, n]
print(collect(range(4)))
del range
print(collect(range(2)))


class Reversed(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))


def list_loops():
    # exact lists and tuples walk by index in the loop's registers
    xs = [1, 2, 3]
    for x in xs:
        if x < 5:
            xs.append(x + 10)  # appended items are seen, as with an iterator
    print(xs)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        ys.remove(y)  # removal skips, as with an iterator
    print(ys)
    out = []
    for x in Reversed([1, 2, 3]):
        out.append(x)
    for t in (4, 5):
        out.append(t)
    for t in ():
        out.append("never")
    for a in [1, 2]:
        for b in [1, 2]:
            out.append(a * 10 + b)
    print(out)
    zs = [5, 6, 7]
    for z in zs:
        zs = None  # rebinding the name does not stop the walk
        out.append(z)
    print(out[-3:])
    for z in [1, 2, 3]:
        if z == 2:
            break
    else:
        print("no")
    print(z)

    def g(seq):
        for item in seq:
            yield item * 2

    it = g([1, 2, 3])
    print(next(it), list(it))
    big = list(range(10000))
    total = 0
    for v in big:
        total += v
    print(total)


list_loops()
