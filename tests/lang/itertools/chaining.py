# itertools: chain, accumulate, zip_longest, starmap, takewhile, dropwhile,
# filterfalse, compress, pairwise, tee.
import operator
from itertools import (chain, accumulate, zip_longest, starmap, takewhile, dropwhile,
                       filterfalse, compress, pairwise, tee, count, islice)

print(list(chain('abc', [1, 2], (), range(3))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(islice(chain.from_iterable(repeat_ for repeat_ in [[1, 2]] * 100), 5)))
c = chain(1, 2)
try:
    list(c)
except TypeError as e:
    print('TypeError', e)
try:
    chain.from_iterable(5)
except TypeError as e:
    print('TypeError', e)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate(iter([2.5, 1]), func=operator.sub)))
try:
    accumulate(5)
except TypeError as e:
    print('TypeError', e)
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], (True,))))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])))
it = iter([1, 2, 3])
print(list(zip_longest([10], it)), list(it))
try:
    zip_longest([1], fill=3)
except TypeError as e:
    print('TypeError', e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 2])))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1])), list(compress('AB', count())))
print(list(pairwise('ABCDEFG')), list(pairwise('a')), list(pairwise([])))
print(list(pairwise(range(4))))

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee(iter('abcd'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('abc', 0), len(tee('abc', 1)))
t1, t2 = tee(count())
print([next(t1) for _ in range(3)], [next(t2) for _ in range(5)], next(t1))
x, y = tee(t1)
print(next(x), next(x), next(y), next(t1))
try:
    tee('abc', -1)
except ValueError as e:
    print('ValueError', e)
for name, fn in [('starmap', starmap), ('takewhile', takewhile), ('filterfalse', filterfalse),
                 ('pairwise', pairwise), ('dropwhile', dropwhile)]:
    try:
        fn()
    except TypeError as e:
        print('TypeError', e)
try:
    starmap(len, 5)
except TypeError as e:
    print('TypeError', e)
