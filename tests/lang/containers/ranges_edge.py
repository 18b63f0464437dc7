# range construction, errors, membership and methods.
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(-5, 5)), len(range(5, -5)))
print(range(1, 10, 2).index(7), range(1, 10, 2).count(7), range(1, 10, 2).count(8))
try:
    range(1, 10, 2).index(8)
except ValueError as e:
    print('ValueError:', e)
for args in [(1, 2, 0), (1.5,), ('a',), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 3), 6 in range(0, 10, 3), -3 in range(0, -10, -3))
print(3.0 in range(5), 'a' in range(5), True in range(2))
class I:
    def __index__(self):
        return 4
print(list(range(I())), range(I(), 10)[I()])
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 10))
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 8, 2))))
