# bytearray: construction, repr, equality with bytes, truth, len, unhashable.
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray(range(65, 70)))
print(bytearray('h\xe9', 'utf-8'), bytearray(bytearray(b'q')), bytearray(x for x in b'gen'), bytearray(True))
print(repr(bytearray(b"it's")), repr(bytearray(b'"')), repr(bytearray(b'\'"')), repr(bytearray(b'\\\x00\xff\n')))
print(str(bytearray(b'x')), f'{bytearray(b"y")}', [bytearray(b'z')], type(bytearray()).__name__)
b = bytearray(b'abc')
print(b == b'abc', b'abc' == b, b != b'abd', b == bytearray(b'abc'), b == 'abc', b < b'abd', b >= bytearray(b'abc'))
print(len(b), bool(b), bool(bytearray()), isinstance(b, bytearray), isinstance(b, bytes), bytes(b), bytes(b) is b)
for call in [lambda: hash(b), lambda: {b: 1}, lambda: {b}]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(bytearray.__hash__ is None, b in [b'abc'], b'abc' in [b])
for args in [(-1,), ('abc',), ('abc', 'bogus'), (1, 'utf-8'), ([256],), (['a'],), (1.5,), (None,), (10 ** 20,), (1, 2, 3, 4)]:
    try:
        print(bytearray(*args))
    except (TypeError, ValueError, LookupError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    bytearray(source=b'x', bad=1)
except TypeError as e:
    print('TypeError:', e)
