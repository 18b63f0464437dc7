# update and | merging: later keys win but first insertion position is kept.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b}, {**b, **a})
c = dict(a)
c.update(b)
print(c)
c.update(x=100, w=0)
print(c)
c.update([('z', -1)])
print(c, list(c))
del c['x']
c['x'] = 'end'
print(c)
d = {}
for k, v in [('k', 1), ('k', 2), ('j', 3)]:
    d[k] = v
print(d)
try:
    d.update(5)
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
