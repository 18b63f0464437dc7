# The strip family, replace, removeprefix and removesuffix.
print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip(), b'\t\n\x0b\x0cx\r '.strip(), b''.strip())
print(b'xxabxx'.strip(b'x'), b'xyabyx'.strip(b'xy'), b'abc'.lstrip(b'ba'), b'abc'.rstrip(b'cb'), b'ab'.strip(None))
print(b'\x00ab\x00'.strip(b'\x00'), b'aaa'.strip(b'a'), b'ab'.strip(bytearray(b'a')), b'  x'.strip(b''))
print(b'abcabc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2))
print(b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'), b'aaaa'.replace(b'aa', b''), b'abc'.replace(b'abc', b''))
print(b'abc'.replace(b'b', b'', -1), b'abab'.replace(b'ab', b'ba', 1), b'abc'.replace(bytearray(b'a'), bytearray(b'A')))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))
for call in [lambda: b'abc'.strip('a'), lambda: b'abc'.replace('a', b'b'), lambda: b'abc'.replace(b'a', 'b'),
             lambda: b'abc'.replace(b'a', b'b', 'x'), lambda: b'abc'.removeprefix('a'),
             lambda: b'abc'.replace(b'a', b'b', count=1), lambda: b'abc'.lstrip(5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
