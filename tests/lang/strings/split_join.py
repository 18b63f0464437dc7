# split, rsplit, splitlines, join, partition.
print('a b  c'.split(), ' a b '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), ','.split(','), ''.split(','), 'abc'.split(','))
print('a b c d'.split(' ', 1), 'a b c d'.split(' ', 2), 'a b c d'.rsplit(' ', 1), 'a b c'.split(None, 1))
print('a::b::c'.split('::'), 'aXbXc'.split('X', 0), '  x  y  '.rsplit(None, 1))
print('x\ty\nz\r\nw'.split(), 'one\ntwo\r\nthree\rfour'.splitlines())
print('a\n\nb\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]), '/'.join('abc'))
print(' '.join(str(i) for i in range(5)), '+'.join(('1', '2')))
print('key=value=x'.partition('='), 'novalue'.partition('='), 'a=b=c'.rpartition('='))
print('k:v'.rpartition('-'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
