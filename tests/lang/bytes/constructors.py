# bytes(): every accepted source, and CPython's messages for the rejected ones.
print(bytes(), bytes(0), bytes(3), bytes(True))
print(bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(x for x in [104, 105]))
print(bytes(b'copy'), bytes(bytearray(b'from array')), bytes('h\xe9', 'utf-8'))
print(bytes('abc', 'ascii'), bytes('\xe9', 'latin-1'), bytes('x', encoding='utf-8', errors='strict'))
print(bytes(source=b'kw'), bytes({1: 'a', 2: 'b'}))
b = b'same'
print(bytes(b) is b)


class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'


class WithIndex:
    def __index__(self):
        return 4


print(bytes(WithBytes()), bytes(WithIndex()))


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


def attempt(*args, **kwargs):
    try:
        print(repr(bytes(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(-1)
attempt('abc')
attempt('abc', 'no-such-codec')
attempt(1, 'utf-8')
attempt(b'x', errors='strict')
attempt(encoding='utf-8')
attempt('x', errors='strict')
attempt('x', 5)
attempt('\xe9', 'ascii')
attempt([256])
attempt([-1])
attempt(['a'])
attempt([1.5])
attempt(1.5)
attempt(None)
attempt(10 ** 20)
attempt(x=1)
attempt(1, 2, 3, 4)
attempt(BadBytes())
