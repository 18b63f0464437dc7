# hash agrees with equality across numeric types; unhashable containers.
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash(-0.0) == hash(0.0), hash(2 ** 40) == hash(float(2 ** 40)), hash(1.5) == hash(1.5))
print(hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1.0, 'a')))
print(hash(()) == hash(()), hash(None) == hash(None), hash(10), hash(-5), hash(0))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(len(s))
for v in [[], {}, [1]]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
