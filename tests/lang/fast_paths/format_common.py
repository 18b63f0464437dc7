# format(x, spec) for the common specs (vm/format_common.cpp) and every spec next to
# them that must go to the general formatter: same text, same errors.
vals = [0, 5, -5, 123456, -123456, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**48, 2**61, -2**61, 2**62 - 1, -2**62, 7.0, -0.0, 0.0, 0.125, 0.375, 2.5, -2.5, 1.5, 1e20, -1e-7, 123.456, 1e60, 1e70, float('inf'), float('-inf'), float('nan'), True, False]
specs = ["", "d", "5", "5d", "05d", "010d", "00", "0", "99d", "099", "100d", "f", ".2f", ".0f", "8.3f", "08.3f", "012.5F", ".10f", ".99f", "0.2f", "5.f", ".f", "x", "+d", "+.2f", ",d", "_.2f", "<5d", "=05d", " 5d", ".2", "10", "%", "e", "g", "dd", "5.5d"]
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except (ValueError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(s), repr(r))
for v in vals:
    print(f"{v}|{v!r}")
