# Indexing a bytes gives ints; slicing gives bytes.
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:4], b[:5], b[6:], b[-5:], b[::2], b[::-1], b[1:8:3], b[8:1:-2], b[100:], b[-100:2])
print(b[:], b[:] is b, b[5:5], b[7:3])
for key in [11, -12, 2 ** 70]:
    try:
        print(b[key])
    except IndexError as e:
        print('IndexError:', e)
for key in ['x', 1.0, None]:
    try:
        print(b[key])
    except TypeError as e:
        print('TypeError:', e)
try:
    b[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del b[0]
except TypeError as e:
    print('TypeError:', e)


class Idx:
    def __index__(self):
        return 1


print(b[Idx()], b[Idx():Idx()], b[slice(1, None, Idx())])
print(b.__getitem__(0), b.__getitem__(slice(0, 2)), b.__len__(), len(b))
