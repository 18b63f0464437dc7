# Matrix multiplication, transpose, identity, determinant with lists of lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]])
               for c in range(len(m)))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), transpose(a))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, matmul(ident, b) == b)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det([[1, 2], [3, 4]]), det(ident))
p = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for _ in range(30):
    r = matmul(r, p)
print(r)
for row in matmul(m, m):
    print(' '.join('%5d' % v for v in row))
