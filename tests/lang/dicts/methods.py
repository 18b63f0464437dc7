# dict methods: get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('x'), d.get('x', 'dflt'), d.get('a', 'dflt'))
print(d.setdefault('a', 99), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'none'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
d.update({'b': 20, 'e': 5})
d.update([('f', 6)], g=7)
d.update(h=8)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print(list(d.keys()), list(d.values()), list(d.items()))
m = {'x': [1]}
n = m.copy()
n['x'].append(2)
print(m)
lst = {}
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    lst.setdefault(k, []).append(v)
print(lst)
print(d | {'z': 0} if hasattr(d, '__or__') else None)
d |= {'y': 1}
print(d)
