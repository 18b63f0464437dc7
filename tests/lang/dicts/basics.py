# dict basics: creation, order, lookup, assignment, deletion, KeyError.
d = {'b': 1, 'a': 2, 'c': 3}
print(d, len(d), d['a'], list(d))
d['z'] = 26
d['b'] = 100
print(d)
del d['a']
print(d, 'a' in d, 'z' in d, 100 in d)
d['a'] = 'back'
print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'a': 1}, b=2))
print(dict(zip('abc', [1, 2, 3])), dict.fromkeys('xy'), dict.fromkeys([1, 2], 0))
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
m = {1: 'int', 2.5: 'float', 'k': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(m, m[1], m[1.0], m[(1, 2)], m[None])
print({1: 'a', 1.0: 'b', True: 'c'})
print({'x': 1} == {'x': 1}, {'x': 1, 'y': 2} == {'y': 2, 'x': 1}, {'x': 1} != {'x': 2})
e = {}
for word in 'the quick the lazy the end quick'.split():
    e[word] = e.get(word, 0) + 1
print(e)
print(repr({'q': "it's", 'n': [1, {'in': ()}]}))
