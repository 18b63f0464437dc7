# Item and slice assignment and deletion, including extended slices.
b = bytearray(b'hello')
b[0] = 72
b[-1] = 79
print(b, b[0], b[1:3], type(b[1:3]).__name__)
b[1:3] = b'EE'
print(b)
b[1:3] = b''
print(b)
b[1:1] = bytearray(b'+++')
print(b)
b[:] = [97, 98, 99]
print(b)
b[3:1] = b'X'
print(b)
b[len(b):] = b'tail'
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[:]
print(b, len(b))

x = bytearray(b'abcdef')
x[::2] = [1, 2, 3]
print(x)
x = bytearray(b'abcdef')
x[::-1] = b'123456'
print(x)
x = bytearray(b'abcdef')
x[1::2] = bytearray(b'XYZ')
print(x)
x = bytearray(b'abcdef')
del x[::2]
print(x)
x = bytearray(b'abcdef')
del x[::-2]
print(x)
x = bytearray(b'abcdefgh')
del x[1:7:3]
print(x)
x = bytearray(b'abcdef')
x[1:3] = x
print(x)
x = bytearray(b'abc')
x[0:0] = range(3)
print(x)
x[5:2:-1] = b''
print(x)


def attempt(code):
    y = bytearray(b'ab')
    try:
        code(y)
        print('ok', y)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)


def set_item(i, v):
    def run(y):
        y[i] = v
    return run


def del_item(i):
    def run(y):
        del y[i]
    return run


attempt(set_item(5, 1))
attempt(set_item(-3, 1))
attempt(set_item(0, 256))
attempt(set_item(5, 256))
attempt(set_item(0, 'a'))
attempt(set_item('a', 1))
attempt(set_item(1.0, 1))
attempt(set_item(slice(None, None, 2), b'xyz'))
attempt(set_item(slice(0, 1), 5))
attempt(set_item(slice(0, 1), 'a'))
attempt(set_item(slice(0, 1), 7.5))
attempt(set_item(slice(0, 1), None))
attempt(set_item(slice(None, None, 2), None))
attempt(set_item(slice(0, 1), [1, 300]))
attempt(set_item(slice(None, None, 0), b''))
attempt(set_item(True, 120))
attempt(del_item(7))
attempt(del_item(-3))
attempt(del_item('x'))
attempt(del_item(slice(None, None, 0)))
attempt(del_item(slice(5, 10)))
attempt(del_item(False))
