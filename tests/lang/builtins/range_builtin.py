# range() argument handling and use with len/indexing in loops.
print(range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), repr(range(0)))
print(len(range(1, 100, 7)), len(range(100, 1, -7)), len(range(-5)), len(range(5, 5)))
print(range(2, 20, 3)[2], range(2, 20, 3)[-1], range(2, 20, 3)[1:3], list(range(2, 20, 3)[::2]))
print(list(range(True, 3)), list(range(int('3'))), list(range(-3, 3)))
try:
    range()
except TypeError as e:
    print('TypeError:', e)
try:
    range('3')
except TypeError as e:
    print('TypeError:', e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
