# bytes % args (PEP 461).
print(b'%s is %d years, %5.2f %r %x %c %c %%' % (b'Bob', 42, 3.14159, b'x', 255, 65, b'Z'))
print(b'%(a)s-%(b)d' % {b'a': b'q', b'b': 7}, b'%-5s|' % b'ab', b'%a' % 'caf\xe9', b'%b' % bytearray(b'q'))
print(b'%i%%' % 3, b'%5d|%-5d|%05d' % (1, 2, 3), b'%o %X %e %g' % (8, 255, 1.5, 0.5), b'%+d % d' % (5, 5))
print(b'%#x %#o %#X' % (255, 8, 255), b'%.3s' % b'abcdef', b'%*d|%-*d' % (4, 1, 4, 2), b'%.*f' % (1, 2.25))
print(b'%d' % 2.7, b'%s' % b'', b'%c%c' % (0, 255), b'%r' % 'x', b'%ld' % 5, b'no directives' % ())
print(bytearray(b'%d-%s') % (1, b'x'), type(bytearray(b'%d') % 1).__name__, b'%s' % (b'single',))


class WithBytes:
    def __bytes__(self):
        return b'<custom>'


print(b'[%s]' % WithBytes(), b'%10.3f|' % 3.14159, b'%-10s|' % b'left')
for fmt, args in [(b'%d', 'a'), (b'%f', 'a'), (b'%x', 2.7), (b'%c', b'ab'), (b'%c', 'a'), (b'%c', 256),
                  (b'%q', 1), (b'%', ()), (b'%s', (1,)), (b'%s', 'str'), (b'%s %s', (b'a', b'b', b'c')),
                  (b'%s %s', (b'a',)), (b'%(a)s', (1,)), (b'%(a)s', {'a': b'x'}), (b'%*d', ('x', 1)),
                  (b'abc', 5), (b'abc', b'x')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
