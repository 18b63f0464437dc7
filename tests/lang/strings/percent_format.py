# printf-style % formatting.
print('%s %s' % ('a', 'b'), '%d%%' % 50, '%s' % [1, 2], '%s' % (1,), '%r' % 'q')
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255))
print('%f %.2f %10.3f|%-10.1f|%e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-5, 1e20))
print('%c%c %c' % (72, 'i', 0x263a))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*s|%.*f' % (5, 1, 4, 'ab', 2, 3.14159))
print('%s' % 'only', '%s' % None, '%d' % 3.99, '%i' % -7, '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
print('%r %a' % ('é', 'é'), '%s' % True, '%d' % True)
print('%.0f %.0f %.0f %.1f' % (0.5, 1.5, 2.5, 0.25))
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
