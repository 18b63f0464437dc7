# functools: reduce and partial (attributes, calls, flattening, reprs, errors).
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(operator.add, [], 'init'), reduce(operator.add, ['only']))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []))
print(reduce(max, iter([3, 9, 2])))
for args in [(operator.add, []), (operator.add, 5), (), (operator.add,), (1, [1, 2]),
             (operator.add, [1], 0, 0)]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print('TypeError', e)


def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)


p = partial(f, 1, x=3)
print(p.func is f, p.args, p.keywords)
print(p(), p(5), p(5, 6, 7, y=1), p(x=9))
q = partial(p, 7, z=0)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len)), repr(partial(max, 1, key=abs)))
print(repr(partial(f, 'a', k=[1])).startswith('functools.partial(<function f at 0x'))
print(repr(partial(f, 'a', k=[1])).endswith(">, 'a', k=[1])"))
print(partial(int, base=2)('101'), partial(int, base=2)('11', base=10))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
print(list(map(partial(pow, 2), range(6))))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
p = partial(print, sep='-')
p('a', 'b', 'c')
print(callable(partial(len)))
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
try:
    partial(f)()
except TypeError as e:
    print('TypeError', e)


class MyPartial(partial):
    pass


mp = MyPartial(len, 'abc')
print(mp(), repr(mp))
