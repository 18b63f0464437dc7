# bytes.decode: codecs, error handlers and CPython's exact UnicodeDecodeError messages.
print(b'abc'.decode(), b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe2\x82\xac'.decode())
print(b'\xf0\x9f\x98\x80'.decode() == '\U0001F600', b'\xe9'.decode('latin-1'), b'\xff\x80'.decode('latin1'))
print(b'plain'.decode('ascii'), b'x'.decode('UTF-8'), b'x'.decode('utf8'), b'x'.decode('U8'), b'x'.decode('utf_8'))
print(b'x'.decode('Latin-1'), b'x'.decode('iso-8859-1'), b'x'.decode('us-ascii'), b'x'.decode(' utf-8 '))
print(b'x'.decode(encoding='ascii'), b'x'.decode(errors='strict'), b'x'.decode('utf-8', 'bogus'))
print(repr(b'a\xffb'.decode('utf-8', 'replace')), repr(b'a\xffb'.decode('utf-8', 'ignore')))
print(repr(b'\xf0\x9f\x98x'.decode('utf-8', 'replace')), repr(b'\xe0\x80'.decode('utf-8', 'replace')))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'replace')), repr(b'a\x80b'.decode('ascii', 'replace')))
print(repr(b'a\xffb'.decode('utf-8', 'backslashreplace')), repr(b'\x80'.decode('ascii', 'ignore')))
bad = [
    (b'\xff', ()), (b'\xff\xfe', ()), (b'ok\xff', ()), (b'a\xe4\xb8', ()), (b'\xe4\xb8a', ()),
    (b'\xc0\x80', ()), (b'\xe0\x80', ()), (b'\xed\xa0\x80', ()), (b'\xf4\x90\x80\x80', ()),
    (b'\xf0\x9f\x98', ()), (b'\xf0\x9f\x98x', ()), (b'\x80', ('ascii',)), (b'abc\xc3', ('utf-8', 'strict')),
]
for data, args in bad:
    try:
        print(repr(data.decode(*args)))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
for args in [('no-such',), ('utf-8', 'bogus'), (5,), ('utf-8', 5)]:
    try:
        print(repr(b'\xff'.decode(*args)))
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    b'x'.decode(foo=1)
except TypeError as e:
    print('TypeError:', e)
try:
    b'x'.decode('utf-8', 'strict', 3)
except TypeError as e:
    print('TypeError:', e)
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(b'\xff', 'utf-8', 'replace'))
