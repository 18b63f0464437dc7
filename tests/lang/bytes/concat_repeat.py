# + and * on bytes, with the TypeErrors CPython words specially for sequences.
print(b'ab' + b'cd', b'' + b'', b'x' + bytearray(b'y'), type(b'x' + bytearray(b'y')).__name__)
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, b'' * 5, b'ab' * True, b'ab' * False)
x = b'q'
x += b'r'
x *= 2
print(x)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: b'a' + 'x')
attempt(lambda: 'x' + b'a')
attempt(lambda: b'a' + 5)
attempt(lambda: 5 + b'a')
attempt(lambda: b'a' + [1])
attempt(lambda: b'a' * 'x')
attempt(lambda: b'a' * 2.0)
attempt(lambda: 'x' * b'a')
attempt(lambda: b'a' * b'a')
attempt(lambda: b'a' - b'a')
attempt(lambda: -b'a')
attempt(lambda: b'a' * 10 ** 20)
attempt(lambda: b'a' * -(10 ** 30))


class Right:
    def __radd__(self, other):
        return ('radd', other)

    def __rmul__(self, other):
        return ('rmul', other)


print(b'z' + Right(), b'z' * Right())
