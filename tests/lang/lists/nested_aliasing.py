# Lists hold references: aliasing, nested mutation, the [[]] * n pitfall.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, b[0] is b[1])
c = list(b)
c[0] = 'new'
print(b, c)
d = [1, 2, 3]
d.append(d)
print(d, d[3] is d, len(d))
e = []
e.append(e)
print(e, [e, e])
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=' ')
print()
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print(item, queue)
