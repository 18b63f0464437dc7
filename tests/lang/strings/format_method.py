# str.format: positional, keyword, indexing, attributes, conversions, nesting, braces.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}), '{{literal}} {}'.format(5))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'))
print('{:d} {:5d} {:<5d}| {:05d} {:+d} {: d}'.format(42, 42, 42, 42, 42, 42))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5))
print('{:,} {:_} {:,.2f} {:_x}'.format(1234567, 1234567, 1234567.891, 0xdeadbeef))
print('{:.3f} {:.0f} {:e} {:.2e} {:g} {:g} {:g}'.format(3.14159, 2.5, 12345.678, 0.000123, 1e-5, 123456789.0, 0.5))
print('{:%} {:.1%}'.format(0.25, 0.3333))
print('{:{w}.{p}f}|'.format(3.14159, w=10, p=2), '{:{}}|'.format('x', 4))
print('{0:{fill}{align}{width}}'.format('z', fill='.', align='>', width=5))
print('{:10.3}|{:.2}|'.format('abcdefgh', 'xyz'))
print('{:=+8d}|{:=8.2f}|'.format(-5, -3.14159))
print('{0} {0!r} {0:>5}'.format('s'))
try:
    '{}{}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
