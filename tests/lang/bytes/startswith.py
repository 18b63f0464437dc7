# startswith/endswith with bytes, tuples of bytes, and start/end.
b = b'hello world'
print(b.startswith(b'hell'), b.startswith(b'world'), b.endswith(b'world'), b.endswith(b'hello'))
print(b.startswith((b'x', b'he')), b.endswith((b'd',)), b.startswith(()), b.startswith(b''))
print(b.startswith(b'world', 6), b.startswith(b'wor', 6, 8), b.startswith(b'wor', 6, 9), b.endswith(b'lo', 0, 5))
print(b.endswith(b'o', -7, -5), b.startswith(b'', 11), b.startswith(b'', 12), b.endswith(b'', 5, 3))
print(b.startswith(bytearray(b'he')), b.endswith((bytearray(b'ld'), b'zz')), b.startswith(b'h', None, None))
print(b.startswith((b'h', 'x')), b.endswith((b'd', 5)))
for call in [lambda: b.startswith('h'), lambda: b.endswith(104), lambda: b.startswith(['h']),
             lambda: b.startswith((b'a', 'x')), lambda: b.startswith(b'h', 'x'), lambda: b.endswith()]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
