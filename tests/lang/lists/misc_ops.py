# Assorted list operations: comparisons, membership, min/max, nested sums, equality.
a = [5, 3, 8, 1]
print(min(a), max(a), sum(a), len(a), sorted(a), a, a.index(8), 8 in a)
print([1, 2] * 3 == [1, 2, 1, 2, 1, 2], [[1]] * 2, [0] * 0)
print([x for x in a if x > 2], [i for i, x in enumerate(a) if x % 2], list(zip(a, a[1:])))
b = a
b.sort()
print(a, a is b)
lst = [1, 2, 3, 4, 5, 6]
evens = lst[1::2]
odds = lst[::2]
print(evens, odds, [x for pair in zip(odds, evens) for x in pair])
print([[1, 2], [3]] + [[4]], sum([[1], [2, 3]], []), [len(x) for x in [[], [1], [1, 2]]])
stack = [1, 2, 3]
stack.extend(stack)
print(stack)
print(list(range(0, 20, 5)) == [0, 5, 10, 15], [1, 2, 3] != [1, 2], [] == [], [[]] != [])
