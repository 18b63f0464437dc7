# KeyError details: the key is the argument; str() is its repr.
d = {'a': 1}
for key in ['b', 0, (1, 2), None, 2.5, '', "q'uote"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(key), '->', str(e), repr(e), e.args[0] == key)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), e.args)
def lookup(d, *path):
    for p in path:
        d = d[p]
    return d
cfg = {'db': {'host': 'x', 'ports': [1, 2]}}
print(lookup(cfg, 'db', 'ports', 1))
try:
    lookup(cfg, 'db', 'user')
except KeyError as e:
    print('missing', e)
