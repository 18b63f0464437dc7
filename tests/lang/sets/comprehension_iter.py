# set comprehensions, iteration (sorted for determinism), mutation during iteration.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
firsts = {w[0] for w in words}
print(sorted(firsts))
lengths = {len(w) for w in words if "a" in w}
print(sorted(lengths))
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs))
s = set(range(10))
print(sum(s), min(s), max(s), sorted(s, reverse=True)[:3])
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s2 = {1, 2, 3}
for x in list(s2):
    s2.discard(x)
print(s2)
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(len({i % 7 for i in range(100)}))
it = iter({42})
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sorted(set(map(abs, [-3, 3, -2, 2, 0]))))
print(any(x > 8 for x in s), all(x >= 0 for x in s))
nested = [[1, 2], [2, 3], [3, 4]]
print(sorted({v for row in nested for v in row}))
print(sorted({frozenset(p) for p in [(1, 2), (2, 1), (3, 4)]}, key=sorted))
