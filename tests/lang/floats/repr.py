# float repr is the shortest string that round-trips.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0,
        1e-4, 1e-5, 0.0001234, 1.5e-10, 1e100, 1.7976931348623157e308, 5e-324, 2.5, 100.0,
        9999999999999998.0, 12345678901234567890.0, 0.5, 3.14159265358979, 2 ** 0.5, 1e21,
        1e22, 1.0e-3, 4.35, 0.3, 2.675, 1.1 * 3, 1e16 + 1, 2.0 ** 60, -123.456]
for v in vals:
    print(repr(v), str(v))
print([0.1, -0.0, 1e16])
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(repr(float('inf')), repr(float('nan')))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
