# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2c3')))
print(list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
log = []
def noisy(x):
    log.append(x)
    return x * 10
lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
print(sum(map(int, '12345')), max(map(len, 'a bb ccc'.split())))
print(sorted(filter(lambda s: s.startswith('b'), ['bob', 'al', 'bea'])))
print(list(map(str.upper, 'hi')), [*map(float, ['1', '2.5'])])
