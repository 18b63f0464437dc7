# printf-style % formatting: conversions, flags, width/precision, tuples and dicts.
print("%s %d %f" % ("a", 42, 1.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.00012, 1e-10, 1e20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%r %s %a" % ("q", "q", "é"))
print("%c%c %c" % (72, "i", 0x263A))
print("%%d %s" % "x", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%i %u" % (7, 8), "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%d" % 3.99, "%d" % -3.99, "%x" % -255, "%s" % None)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
for bad, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1114112)):
    try:
        print(bad % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
print("%-8s|%8s|" % ("left", "right"))
print("%s and %r" % (1.0, 1.0), "%g" % 100000.0, "%g" % 1000000.0)
print("%#.3g" % 1.0, "%+.1e" % -0.0)
print("%5s%%" % 50)
d = {"x": 1.23456}
print("%(x).2f %(x)10.1f %(x)s" % d)
