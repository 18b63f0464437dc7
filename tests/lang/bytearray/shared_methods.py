# The bytes methods work on bytearray and return bytearrays.
b = bytearray(b'  Hello, World  ')
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.split(), b.split(b','), b.rsplit(None, 1), b.partition(b','), b.rpartition(b'x'), b.splitlines())
print(b.find(b'World'), b.rfind(b'l'), b.index(b'H'), b.count(b'l'), b.count(108), b.startswith(b'  H'), b.endswith((b'd  ',)))
print(b.replace(b'l', b'L'), b.center(20, b'*'), b.ljust(18), b.rjust(18, b'.'), bytearray(b'7').zfill(3))
print(bytearray(b'-').join([b'a', bytearray(b'b')]), b''.join([bytearray(b'x')]), bytearray(b'a\tb').expandtabs(2))
print(b.isalpha(), bytearray(b'abc').isalpha(), bytearray(b'123').isdigit(), bytearray(b'  ').isspace(), b.isascii())
print(bytearray(b'\x00\xff').hex(), bytearray(b'abc').hex(':'), bytearray.fromhex('61 62'), type(bytearray.fromhex('')).__name__)
print(bytearray(b'abc').translate(bytes.maketrans(b'a', b'z')), bytearray.maketrans(b'a', b'b')[97], bytearray(b'pre.x').removeprefix(b'pre.'))
print(bytearray(b'ab').removesuffix(b'b'), bytearray(b'%d%s') % (1, b'!'), bytearray(b'x')[0], bytearray(b'xyz')[::-1])
for m in [b.strip(), b.split()[0], b.partition(b',')[2], b.upper(), b.replace(b'x', b'y'), b[1:2], b.center(1)]:
    print(type(m).__name__, end=' ')
print()
try:
    b.split('x')
except TypeError as e:
    print('TypeError:', e)
try:
    bytearray(b'abc').index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    bytearray(b'abc')[5]
except IndexError as e:
    print('IndexError:', e)
try:
    bytearray(b'abc')['x']
except TypeError as e:
    print('TypeError:', e)
