# Tuples as multiple return values, dict keys and loop targets.
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean, stats([1]))
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid[2, 0], sorted(grid)[:3], (1, 1) in grid)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys, sum(xs), list(map(sum, points)))
t = tuple(range(5))
a, b, *_ = t
print(a, b, _, t[1:3], t.count(3), t == (0, 1, 2, 3, 4))
print(tuple(sorted((3, 1, 2))), (1, 2) + (3,), (('nested',),)[0][0])
