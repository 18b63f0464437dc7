# range: len, indexing, slicing, negative steps, membership, equality, repr.
for r in [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0),
          range(5, 5), range(5, 1), range(-5, 5, 2), range(0, -10, -4)]:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, 3 in r, -5 in r)
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::2][1], r.index(14), r.count(21), r.count(22))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7))
print(list(range(-3)), list(range(1, -3, -1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10)[-1], range(10)[3:7], list(range(10)[3:7]), range(4)[::-1])
print(5.0 in range(10), 'a' in range(3), 10 ** 15 in range(0, 10 ** 16, 5))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    range(5).index(7)
except ValueError as e:
    print('ValueError:', e)
big = range(0, 2 ** 60, 3)
print(len(big), big[-1], (2 ** 60 - 1) in big)
