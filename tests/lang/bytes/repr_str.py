# repr of bytes: quote choice, escapes, and str()/print/f-strings of bytes.
samples = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\t\n\r',
           b'\x00\x01\x1f\x7f\x80\xff', b'caf\xc3\xa9', bytes(range(0x20, 0x30))]
for s in samples:
    print(repr(s), len(s))
print(str(b'x'), f'{b"y"}', '%s|%r' % (b'z', b'w'), format(b'q'))
print([b'a', b"'"], (b'"',), {b'k': b'v'})
print(b'abc' b'def', b'\x41\x42', b'\101', rb'\n', br'\x00')
print(type(b'').__name__, isinstance(b'x', bytes), issubclass(bytes, object))
