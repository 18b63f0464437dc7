# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')))
print(list(product(iter([1, 2]), iter('xy'))))
try:
    product('ab', repeat=-1)
except ValueError as e:
    print('ValueError', e)
try:
    product('ab', rep=3)
except TypeError as e:
    print('TypeError', e)
try:
    product(5)
except TypeError as e:
    print('TypeError', e)

print(list(permutations('ABC')))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3), 0)), list(permutations('ab', 3)), list(permutations([])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations([1, 1, 2])))
print(list(permutations(range(4)))[-5:])
for r in [-1, 'a', 1.0]:
    try:
        permutations('abc', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations('', 0)))
print(list(combinations('abc', 3)))
print(len(list(combinations(range(10), 4))))
for r in [-1, 'a']:
    try:
        combinations('abc', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement('ab', 0)), list(combinations_with_replacement('a', 3)))
print(len(list(combinations_with_replacement(range(6), 4))))
try:
    combinations_with_replacement('abc', -2)
except ValueError as e:
    print('ValueError', e)
