# Ordering values of unrelated types.
print(sorted([3, 'a', 1]))
