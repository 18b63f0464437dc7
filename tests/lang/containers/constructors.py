# Constructors of the container types: accepted arguments and CPython's errors.
print(list(), list('ab'), list((1, 2)), list({3: 4}), list(range(3)), list(x for x in 'xy'))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple({5: 6}), tuple(range(2)), tuple(i * 2 for i in range(3)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2], set('aab') == {'a', 'b'}, frozenset('ab') == {'a', 'b'})
print(dict(), dict({1: 2}), dict([(1, 2)]), dict(one=1), dict({}, two=2), dict([('k', 1)], k=2))
print(sorted(set()), sorted(set([3, 1])), sorted(frozenset({2: 0, 1: 0})), sorted(set(range(4))))
print(range(3), range(1, 4), range(1, 10, 3), range(5, 1, -1), slice(2), slice(1, 2), slice(1, 2, 3))
print(slice(None), slice('a', 'b'), slice(1, 2).indices(1), slice(-1, None, -1).indices(5))
calls = [
    lambda: list(1, 2), lambda: list(5), lambda: list(x=1), lambda: tuple(1, 2), lambda: tuple(3),
    lambda: tuple(x=1), lambda: set(1, 2), lambda: set(4), lambda: set(x=1), lambda: frozenset(5),
    lambda: frozenset(1, 2), lambda: dict(1), lambda: dict(1, 2), lambda: dict([1]),
    lambda: dict([(1, 2, 3)]), lambda: dict(['a']), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: range(1, 2, 0), lambda: range('x'), lambda: range(1, 2.0), lambda: range(x=1),
    lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(3),
    lambda: slice(1).indices(-1), lambda: slice('a').indices(3), lambda: list([[1], [2]]).sort(),
    lambda: set([[1]]), lambda: frozenset([{}]), lambda: dict([([], 1)]),
]
for call in calls:
    try:
        print('ok', call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
