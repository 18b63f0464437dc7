# itertools objects are instances of classes named like the functions (type(chain()) is chain),
# are their own iterators, and print as <itertools.X object at ...>.
import itertools as it
objs = [it.chain("a"), it.chain.from_iterable(["ab"]), it.cycle("a"), it.islice("abc", 2), it.product("ab"),
        it.permutations("ab"), it.combinations("ab", 1), it.combinations_with_replacement("ab", 1),
        it.accumulate([1, 2], initial=3), it.zip_longest("a", "bc"), it.starmap(pow, [(2, 3)]),
        it.takewhile(bool, [1, 0]), it.dropwhile(bool, [1, 0]), it.filterfalse(None, [0, 1]),
        it.compress("ab", [0, 1]), it.pairwise("abc"), it.count(2), it.repeat(1, 2), it.groupby("aab")]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, isinstance(o, getattr(it, t.__name__)), iter(o) is o,
          repr(o).startswith("<itertools." + t.__name__ + " object at 0x") or repr(o))
print([list(o) if not isinstance(o, (it.cycle, it.count, it.groupby)) else next(o) for o in objs[:16]])
c = it.chain([1, 2], [3])
print(next(c), c.__next__(), list(c), hasattr(c, "__next__"), type(c) is it.chain)
print(it.chain is type(it.chain.from_iterable([])), callable(it.chain.from_iterable))
for bad in (lambda: it.chain(5).__next__(), lambda: it.cycle(), lambda: it.islice("a", -1),
            lambda: it.pairwise("a", "b")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def gen():
    yield 1
print(type(gen()).__name__, repr(gen()).startswith("<generator object gen at"))
try:
    type(gen()).__next__(5)
except TypeError as e:
    print(type(e).__name__, e)
