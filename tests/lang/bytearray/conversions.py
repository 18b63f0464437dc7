# decode, and conversions between bytes, bytearray, list and str.
ba = bytearray('caf\xe9 \u20ac'.encode())
print(ba.decode(), ba.decode('utf-8'), bytearray(b'\xe9').decode('latin-1'), bytearray(b'x\xffy').decode('utf-8', 'replace'))
print(bytes(ba), bytearray(bytes(ba)) == ba, list(bytearray(b'ab')), bytearray(list(b'cd')), str(bytearray(b'\xc3\xa9'), 'utf-8'))
try:
    bytearray(b'\xff').decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    bytearray(b'ok').decode('bogus')
except LookupError as e:
    print('LookupError:', e)
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), bytes(bytearray(3)), bytearray(b'abc') in [b'abc'])
print(b'abc' in bytearray(b'xabcx'), 98 in bytearray(b'abc'), bytearray(b'c') in b'abc', bytearray(b'ab').__contains__(97))
print(sorted([bytearray(b'b'), b'a', bytearray(b'c')]), max(bytearray(b'azq')), sum(bytearray(b'\x01\x02')))
