# List comprehensions: filters, nesting, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in 'hello' if c != 'l'])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
x = 'outer'
print([x for x in 'ab'], x)
print([i if i % 2 else -i for i in range(6)])
print([(lambda v: v + 1)(i) for i in range(3)])
print({x % 3 for x in range(10)} == {0, 1, 2}, sorted({c for c in 'mississippi'}))
print({k: v for k, v in zip('abc', range(3))}, {n: n * n for n in range(5) if n})
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
n = 3
print([[0] * n for _ in range(n)])
