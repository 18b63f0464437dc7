# find/rfind/index/rindex/count: bytes or int needles, start/end, CPython's index rules.
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(b'zzz'), b.rfind(b'zzz'), b.find(97), b.rfind(97))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', -3), b.rfind(b'a', 0, -1), b.find(b'bra', 2, 4))
print(b.find(b''), b.find(b'', 11), b.find(b'', 12), b.rfind(b''), b.rfind(b'', 3, 5))
print(b.count(b'a'), b.count(b'bra'), b.count(b''), b.count(b'', 3), b.count(b'a', 2, 8), b.count(98))
print(b'aaaa'.count(b'aa'), b'aaaa'.find(b'aa', 1), b.index(b'cad'), b.rindex(b'a'), b.index(114, 3))
print(b.find(bytearray(b'dab')), b.find(b'a', None, None), b.find(b'a', 2 ** 70), b.find(b'a', -2 ** 70))
print(b.find(b'a', True), b.count(b'a', False))
for call in [lambda: b.index(b'z'), lambda: b.rindex(b'z'), lambda: b.index(b'a', 20),
             lambda: b.find('a'), lambda: b.find(300), lambda: b.find(-1), lambda: b.index(1.5),
             lambda: b.count(None), lambda: b.find(b'a', 'x'), lambda: b.find(), lambda: b.find([97])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
