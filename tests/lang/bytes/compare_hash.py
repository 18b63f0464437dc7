# Equality, ordering and hashing of bytes (and against bytearray and str).
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == bytearray(b'abc'), b'abc' == 'abc')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'' <= b'', b'\xff' > b'\x00', b'a' >= b'a')
print(b'a' < bytearray(b'b'), bytearray(b'b') > b'a', b'abc' == [97, 98, 99])
print(sorted([b'pear', b'apple', b'fig', b'', b'Apple']), max(b'zz', b'zza'), min([b'b', b'a']))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()), hash(b'x' * 3) == hash(b'xxx'))
d = {b'one': 1, b'two': 2}
d[b'o' + b'ne'] += 10
print(d, b'two' in d, {b'a', b'a', b'b'} == {b'a', b'b'})
for op in [lambda: b'a' < 'a', lambda: b'a' <= 'a', lambda: b'a' > 'a', lambda: b'a' >= 'a']:
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)
try:
    print(b'a' < 1)
except TypeError as e:
    print('TypeError:', e)
print(b'x'.__eq__(b'x'), b'x'.__eq__('x'), b'x'.__lt__(b'y'), b'x'.__ne__(bytearray(b'x')))
