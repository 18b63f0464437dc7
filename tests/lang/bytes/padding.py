# center/ljust/rjust/zfill/expandtabs.
for width in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(width, b'abc'.center(width), b'abc'.ljust(width, b'*'), b'abc'.rjust(width, b'-'), b'ab'.center(width, b'.'))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b''.zfill(3), b'-'.zfill(3), b'abc'.zfill(2), b'x'.zfill(-4))
print(b'a\tb'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\tc\nx\ty'.expandtabs(3), b'\tx'.expandtabs(0), b'\t'.expandtabs(tabsize=2))
print(b'a\r\tb'.expandtabs(4), b'abcd\te'.expandtabs(4), b'abc'.center(6, bytearray(b'#')))
for call in [lambda: b'abc'.center(10, 'x'), lambda: b'abc'.center(10, b'xy'), lambda: b'abc'.ljust('a'),
             lambda: b'abc'.zfill('a'), lambda: b'abc'.expandtabs(tabsize='a'), lambda: b'abc'.rjust(5, 42)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
