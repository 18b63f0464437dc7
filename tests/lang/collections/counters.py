# collections.Counter: counting, most_common order, arithmetic, comparisons, repr.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter(a=0), Counter({'a': -1, 'b': 2}), Counter(['x', 'y', 'x']))
print(Counter({'x': 1.5, 'y': 2}), Counter(cats=4, dogs=8), Counter(Counter('aab')))
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) > Counter(a=1, b=0))
print(Counter(a=1) >= Counter(a=1, b=1), Counter() != Counter(a=0))
print(isinstance(c, dict), 'a' in c, 'z' in c, type(c).__name__)

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=1)
print(a + b, a - b, a & b, a | b, +a, -a)
a.subtract(b)
print(a)
a.update(['a', 'a'])
print(a)
a.update({'q': 2}, r=1)
print(a)
a.subtract('qq', r=1)
print(a)
d = Counter(a=1)
del d['zz']
del d['a']
print(d)
e = Counter(a=2)
e += Counter(a=-5, b=1)
print(e)
e -= Counter(b=5)
print(e)
f = Counter(a=1, b=5)
f |= Counter(a=3, c=0)
print(f)
f &= Counter(a=2, b=1)
print(f)
g = c.copy()
g['a'] = 0
print(g, c['a'], type(g).__name__)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(Counter('mississippi').most_common())
print(dict(Counter('hello')), list(Counter('hello').keys()))
print(repr(Counter({1: 'b', 2: 'a'})), Counter({'a': None, 'b': 1}) == Counter({'b': 1, 'a': None}))
h = Counter()
for word in ['x', 'y', 'x']:
    h[word] += 1
print(h, h.get('q'), h.setdefault('w', 7), h)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(1)
except TypeError as e:
    print('TypeError', e)
try:
    Counter(a=1) + 5
except TypeError as e:
    print('TypeError', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
