# translate with a 256-byte table or None, the delete argument, and maketrans.
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(table).__name__, bytes.maketrans(b'', b'') == bytes(range(256)))
print(b'aabbcc'.translate(table), b'abcdef'.translate(None, b'bd'), b'abc'.translate(None))
print(b'hello'.translate(table, b'l'), b'abc'.translate(bytearray(range(256))), b'abc'.translate(None, delete=b'a'))
print(b'abc'.maketrans(b'a', b'b')[97], bytes.maketrans(bytearray(b'q'), b'r')[113])
rot13 = bytes.maketrans(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                        b'nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM')
print(b'Hello, World!'.translate(rot13), b'Hello, World!'.translate(rot13).translate(rot13))
for call in [lambda: b'abc'.translate(b'x'), lambda: b'abc'.translate('x' * 256),
             lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans('a', 'b'),
             lambda: b'abc'.translate(None, 'a')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
