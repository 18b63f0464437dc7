# Nested loops, breaking out with flags, multiplication table.
for i in range(1, 6):
    print(' '.join('%3d' % (i * j) for j in range(1, 6)))
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print('found', found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if (i + j) % 2:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print('count', count)
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
           if a * a + b * b == c * c]
print(triples)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    for v in row:
        print(v, end=' ')
    print('|')
