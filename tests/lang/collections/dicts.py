# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd['a'], dd.default_factory, len(dd), isinstance(dd, dict))
print(dd.get('zz'), 'zz' in dd, dd, dict(dd))
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, sorted(counts.items()), counts == {'b': 1, 'a': 3, 'n': 2})
print(repr(defaultdict()), defaultdict(int, a=1), defaultdict(None, [('k', 'v')]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']), nested['q']['r'], len(nested))
cp = counts.copy()
cp['z'] = 9
print(type(cp).__name__, cp.default_factory, 'z' in counts, cp['new'])
s = defaultdict(set)
s['k'].add(1)
print(s, s.pop('k'), s)
print(defaultdict(list, {'a': [1]}) | {'b': [2]})
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict()['x']
except KeyError as e:
    print('KeyError', e)
dd2 = defaultdict(str)
dd2.default_factory = None
try:
    dd2['q']
except KeyError as e:
    print('KeyError', e)

o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(o, list(o), list(o.items()), o['b'], len(o))
o.move_to_end('a')
print(o)
o.move_to_end('c', last=False)
print(o)
o.move_to_end('c')
print(o, list(reversed(o)))
print(o.popitem(), o.popitem(last=False), o)
o['new'] = 5
o['b'] = 20
print(o, OrderedDict(), OrderedDict(x=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2))
print(OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, {'b': 2, 'a': 1} == OrderedDict(a=1, b=2))
print(OrderedDict(a=1) != OrderedDict(a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0), isinstance(o, dict))
c = o.copy()
c['x'] = 1
print(c, o, type(c).__name__)
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
