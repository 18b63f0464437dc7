# functools.reduce and partial in everyday code; lru_cache on recursive functions; cmp_to_key sorts.
from functools import reduce, partial, lru_cache, cmp_to_key
import operator
print(reduce(operator.add, range(1, 11)), reduce(operator.mul, range(1, 11), 1))
print(reduce(lambda acc, w: acc + len(w), "a bb ccc".split(), 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(max, [3, 9, 2]), reduce(operator.or_, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(operator.add, [], "init"), reduce(operator.add, ["only"]))
to_int2 = partial(int, base=2)
print(to_int2("1011"), to_int2("111", base=10))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube_of_2 = partial(power, 2)
print(square(9), cube_of_2(10), list(map(square, range(5))))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.func is power, p2.args, p2.keywords)
@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways(0), ways.cache_info().hits > 0)
@lru_cache(maxsize=2)
def ident(x):
    return [x]
a = ident(1)
print(ident(1) is a, ident.cache_info())
ident(2); ident(3)
print(ident(1) is a, ident.cache_info().currsize)
ident.cache_clear()
print(ident.cache_info())
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(["bb", "a", "ccc", "aa", "c"], key=cmp_to_key(by_len_then_rev)))
try:
    ident([1])
except TypeError as e:
    print(type(e).__name__, e)
