# Iterating ranges forward and backward; ranges in comprehensions and zip.
for r in (range(3), range(3, 0, -1), range(0, 10, 4), range(-2, 3), range(10, -10, -7)):
    print(list(r), [x for x in r if x % 2 == 0], sum(r))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')))
total = 0
for i in range(1, 1001):
    total += i if i % 3 == 0 or i % 5 == 0 else 0
print(total)
for i in range(len('abc')):
    print(i, 'abc'[i])
print(list(range(5))[::-1] == list(range(4, -1, -1)), list(reversed(range(1, 10, 3))))
