# collections.namedtuple: construction, fields, helpers, defaults, rename, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
x, y = p
print(x, y, list(p), p + (3,), p[:1], type(p[:1]).__name__, p * 2, 2 in p)
print(Point._fields, Point.__name__, type(p).__name__, Point.__doc__, Point.x.__doc__)
print(Point(y=3, x=4), Point(5, y=6), Point._make([7, 8]), Point._make(iter('ab')))
print(p._replace(y=9), p._replace(), p._asdict(), type(p._asdict()).__name__)
print(hash(p) == hash((1, 2)), {p: 'a'}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
print(max(Point(3, 1), Point(2, 9)), tuple(p), repr(Point(x='a', y=[1])))
print(Point(1, 2) < Point(1, 3), p.count(1), p.index(2), Point.__match_args__)

P3 = namedtuple('P3', 'a, b c')
print(P3._fields, P3(1, 2, 3))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

Q = namedtuple('Q', 'a b c', defaults=[5, 6])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q(a=0), Q._field_defaults)
Q2 = namedtuple('Q2', 'a b', defaults=(None,))
print(Q2(1), Q2._field_defaults)
R = namedtuple('R', 'abc _x class 2 abc x', rename=True)
print(R._fields)
print(namedtuple('S', 'x y', module='geometry').__module__)

for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {'z': 3}),
                     ((1,), {'x': 3}), ((), {'y': 2})]:
    try:
        print(Point(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
for args in [(), (1, 2, 3, 4), (1,)]:
    try:
        print(Q(*args) if args != (1,) else Q(b=1))
    except TypeError as e:
        print('TypeError', e)
try:
    namedtuple('R', 'a b c d')(1)
except TypeError as e:
    print('TypeError', e)
try:
    Empty(1)
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('O', 'a')(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1, w=2)
except ValueError as e:
    print('ValueError', e)
for args, kwargs in [(('1a', 'x'), {}), (('A', 'x x'), {}), (('A', '_x'), {}),
                     (('A', 'class'), {}), (('A', [1]), {}), (('def', 'x'), {}),
                     (('A', 'a b c'), {'defaults': [1, 2, 3, 4]})]:
    try:
        print(namedtuple(*args, **kwargs)._fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)


class Point3(namedtuple('Point3Base', 'x y z')):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __repr__(self):
        return 'P3<%d,%d,%d>' % self


q = Point3(1, -2, 3)
print(q, q.norm1(), q.x, q._replace(x=10), Point3._fields, Point3._make([0, 0, 0]))
