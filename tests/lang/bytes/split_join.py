# split/rsplit/splitlines/partition/rpartition/join.
print(b'a b  c'.split(), b'  lead and trail  '.split(), b''.split(), b'   '.split(), b'a\tb\nc\x0bd\x0ce\rf'.split())
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1), b',a,'.split(b','))
print(b'a b c d'.split(None, 2), b'a b c d'.rsplit(None, 2), b' a b '.split(maxsplit=1), b' a b '.rsplit(maxsplit=1))
print(b'abc'.split(b'abc'), b'aaa'.split(b'a'), b'aaa'.rsplit(b'a', 1), b'a--b--c'.split(sep=b'--', maxsplit=-1))
print(b'x'.split(b'x', 0), b' x '.split(None, 0), b' x '.rsplit(None, 0), b'a\x80b'.split(b'\x80'))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b'\n\n'.splitlines(), b''.splitlines())
print(b'no newline'.splitlines(keepends=True), b'x\r'.splitlines(), b'a\x0bb\x1cc'.splitlines())
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'abc'.partition(b'z'), b'abc'.rpartition(b'z'))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x',)), b'-'.join(iter([bytearray(b'q'), b'r'])))
print(type(b''.join([bytearray(b'a')])).__name__, b'ab'.join([b'', b'']), b'.'.join(x for x in [b'1', b'2']))
for call in [lambda: b'abc'.split(b''), lambda: b'abc'.split('b'), lambda: b'abc'.split(None, 'x'),
             lambda: b'abc'.partition(b''), lambda: b'abc'.partition('b'), lambda: b'abc'.rpartition(None),
             lambda: b','.join([b'a', 'b']), lambda: b','.join([1]), lambda: b','.join(5),
             lambda: b'abc'.split(bad=1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
