# for loops over every kind of iterable, with else, break and continue.
for ch in 'abc':
    print(ch, end=',')
print()
for x in [1, 2, 3]:
    if x == 2:
        continue
    print('x', x)
else:
    print('for-else runs without break')
for x in range(10):
    if x == 3:
        print('breaking at', x)
        break
else:
    print('never printed')
for x in []:
    print('never')
else:
    print('else of empty for')
for k in {'a': 1, 'b': 2}:
    print('key', k)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in (10, 20):
    pass
print('loop var after loop:', x)
total = 0
for i in range(1, 6):
    for j in range(1, 6):
        if j > i:
            break
        total += j
print('total', total)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(99)
    if len(items) > 5:
        break
print(items)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
