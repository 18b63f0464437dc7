# dict constructor, methods, fromkeys, views and | / |= .
print(dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2], 'zw']), dict({'k': 1}, k=2, j=3))
print(dict(zip('abc', range(3))), dict(((i, i * i) for i in range(4))))
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
for bad in ([1], [(1, 2, 3)], ['abc'], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    dict({}, {})
except TypeError as e:
    print('TypeError:', e)
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('c'), d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop((1, 2))
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 0}, y=1)
d.update([('z', 2)])
d.update(w=3)
d.update()
print(d)
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError:', ex)
c = d.copy()
d.clear()
print(c, d, len(c))
print(dict.fromkeys('abc'), dict.fromkeys(range(3), []), {}.fromkeys([1, 1, 2], 0))
v = {'a': 1, 'b': 2, 'c': 3}
ks, vs, its = v.keys(), v.values(), v.items()
v['d'] = 4
print(list(ks), list(vs), list(its), len(ks), 'a' in ks, 1 in vs, ('a', 1) in its, ('a', 2) in its)
print(sorted(ks & {'a', 'z'}), sorted(ks | ['q']), sorted(ks - {'a'}), sorted(ks ^ {'a', 'q'}))
print(sorted({'a', 'z'} & ks), sorted({'z'} | ks), sorted({'a', 'z'} - ks), type(ks & ks).__name__)
print(sorted(its & {('a', 1), ('b', 0)}), sorted(its - {('a', 1)}))
print({1: 'a', 2: 'b'} | {2: 'B', 3: 'C'})
m = {1: 'a'}
m |= {1: 'x', 5: 'y'}
m |= [(7, 'z')]
print(m)
try:
    {} | [(1, 2)]
except TypeError as ex:
    print('TypeError:', ex)
try:
    m |= [1]
except TypeError as ex:
    print('TypeError:', ex)
try:
    {}.update(1, 2)
except TypeError as ex:
    print('TypeError:', ex)
try:
    {[]: 1}
except TypeError as ex:
    print('TypeError:', ex)
try:
    {}.setdefault([], 1)
except TypeError as ex:
    print('TypeError:', ex)
