# Views reflect later changes; iteration order is insertion order.
d = {'one': 1, 'two': 2, 'three': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['four'] = 4
print(list(k), list(v), list(it), len(k))
for key in d:
    print(key, d[key])
for key, val in d.items():
    print(key, '->', val)
print('one' in k, 1 in v, ('two', 2) in it, ('two', 3) in it)
print(sorted(k), sorted(v), list(reversed(d)), list(reversed(d.values())))
print(k & {'one', 'zzz'}, sorted(k | {'x'}), sorted(k - {'one'}))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {i: i * i for i in range(6)}
del d2[2]
d2[2] = 'readded'
print(d2, list(d2)[-1])
print(dict(d2.items()) == d2, list(zip(d2.keys(), d2.values())) == list(d2.items()))
