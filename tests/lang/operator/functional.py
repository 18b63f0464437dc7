# operator functions as keys and reducers: itemgetter, attrgetter, methodcaller, arithmetic.
import operator
from functools import reduce
rows = [("bob", 25, "ops"), ("amy", 31, "eng"), ("cy", 25, "eng")]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(2, 0)))
get = operator.itemgetter(0, 2)
print(get(rows[0]), operator.itemgetter(-1)("abc"), operator.itemgetter("k")({"k": 9}))
print(operator.itemgetter(slice(1, 3))([0, 1, 2, 3]))
class Addr:
    pass
class P:
    def __init__(self, name, city):
        self.name = name
        self.addr = Addr()
        self.addr.city = city
ps = [P("x", "rome"), P("y", "oslo")]
print([operator.attrgetter("addr.city")(p) for p in ps], operator.attrgetter("name", "addr.city")(ps[0]))
print(sorted(ps, key=operator.attrgetter("addr.city"))[0].name)
up = operator.methodcaller("upper")
rep = operator.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), list(map(operator.methodcaller("split", ","), ["a,b", "c"])))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt("a", "b"), operator.ge(3, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(0),
      operator.lshift(1, 8), operator.rshift(256, 4))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.index(7), operator.abs(-2))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
x = [1]
print(operator.iadd(x, [2]) is x, x, operator.iadd(1, 2))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter("nope")(ps[0])
except AttributeError as e:
    print(type(e).__name__, e)
try:
    operator.add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
