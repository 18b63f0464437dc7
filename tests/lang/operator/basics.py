import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.not_(0), op.truth([]), op.truth([0]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0), op.lshift(1, 70), op.rshift(256, 3))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.concat([1], [2]), op.concat('a', 'b'))
print(op.is_(None, None), op.is_not(1, None), op.index(5), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d, op.getitem([1, 2, 3], slice(1, None)))
x = [1]
print(op.iadd(x, [2]), x, op.isub(5, 3), op.imul(3, 4), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.length_hint([1, 2, 3]), op.length_hint((x for x in []), 7))
g = op.itemgetter(1)
print(g([5, 6, 7]), op.itemgetter(0, 2)('xyz'), op.itemgetter('k')({'k': 'v'}), repr(g), repr(op.itemgetter('a', 2)))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


p = P('outer', P('inner'))
print(op.attrgetter('name')(p), op.attrgetter('child.name')(p), op.attrgetter('name', 'child.name')(p))
print(repr(op.attrgetter('a.b', 'c')))
m = op.methodcaller('greet', 'hi', punct='?')
print(m(p), repr(m), op.methodcaller('upper')('abc'), repr(op.methodcaller('x')))


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(op.add, 1, 'a')
attempt(op.index, 1.5)
attempt(op.concat, 1, 2)
attempt(op.indexOf, [1], 5)
attempt(op.attrgetter, 1)
attempt(op.attrgetter('missing'), p)
attempt(op.itemgetter(5), [1])
attempt(op.truediv, 1, 0)
attempt(op.matmul, 1, 2)
