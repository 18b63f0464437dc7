# %-formatting with mapping keys reused, numeric conversions on various types, and padding tables.
rec = {"name": "Ada", "score": 97.456, "rank": 1, "tags": ["x", "y"]}
print("%(name)s scored %(score).1f (rank %(rank)d) %(name)s again" % rec)
print("%(tags)s %(tags)r %(score)10.3f|%(rank)-4d|" % rec)
print("%d %i %o %x %X %e %f %g" % (42, -42, 42, 42, 42, 42.0, 42.0, 42.0))
print("%s|%5s|%-5s|%.2s" % (True, None, 1.5, "abcdef"))
print("%d" % True, "%f" % 1, "%x" % 255, "%c" % "A", "%r" % [1, "a"], "%a" % "ü")
print("%+05d|% 5d|%-+5d|%05.1f|%+.2e" % (7, 7, 7, 3.14159, 1234.5))
print("%#x %#o %#X %#.0f %#g" % (10, 10, 10, 3.0, 2.0))
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for row in table:
    print("%-8s%5d%10.2f" % row)
print("%s" % "single", "%s %s" % ("a", "b"), "%%" % (), "%s%%" % 50)
print("%.3f" % (2 / 3), "%10.4f|" % -1.5, "%-10.1e|" % 12345.6789, "%.0e" % 5.5)
print("%s" % {"k": 1}, "%(k)s" % {"k": {"nested": 1}}, "%s" % ({"a": 1},))
big = 10 ** 25
print("%d" % big, "%x" % big, "%e" % big, "%.3g" % big, "%,d" if False else "no comma flag")
for fmt, val in (("%d", "3"), ("%f", "x"), ("%c", "ab"), ("%(missing)s", {}), ("%s %s", ("one",))):
    try:
        print(fmt % val)
    except (TypeError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%5.1f%%" % 12.345, "%-6s|" % "é", "%3c|" % "z")
