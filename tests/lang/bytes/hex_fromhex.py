# hex() with separators and bytes.fromhex().
b = bytes(range(0, 256, 37))
print(b.hex(), b''.hex(), b'\x00\xff'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2))
print(b'abcde'.hex(':', 2), b'abcde'.hex(':', -2), b'abcde'.hex(b'|', 1), b'abcde'.hex(sep='_', bytes_per_sep=3))
print(b'abcde'.hex(':', 0), b'abcde'.hex(':', 10), b'abcde'.hex(':', -10), b'abc'.hex(bytes_per_sep=2))
print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex(' 0a 0B\tFf\n'), bytes.fromhex('DEADbeef'))
print(type(bytes.fromhex('00')).__name__, b'x'.fromhex('41'), bytes.fromhex(b'\x01\xfe'.hex()))
for call in [lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('abc d'),
             lambda: bytes.fromhex('0x12'), lambda: bytes.fromhex('\xe9\xe9'), lambda: bytes.fromhex(5),
             lambda: b'ab'.hex('::'), lambda: b'ab'.hex(''), lambda: b'ab'.hex('\xe9'), lambda: b'ab'.hex(5),
             lambda: b'ab'.hex(':', 'x')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
