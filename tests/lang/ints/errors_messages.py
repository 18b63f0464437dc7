# Error messages of numeric operations, as CPython 3.11 words them.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 2 ** 10000 * 1.0,
    lambda: 10.0 ** 1000,
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: 1.5 << 1,
    lambda: ~1.5,
    lambda: 1 & 1.0,
    lambda: int("x"),
    lambda: int("1", 99),
    lambda: int(1.5, 2),
    lambda: float("x"),
    lambda: float([]),
    lambda: int([]),
    lambda: round(1, "x"),
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, -1, 6),
    lambda: abs("x"),
    lambda: -"x",
    lambda: chr(1.5),
    lambda: hex(1.5),
    lambda: bin("1"),
    lambda: (1).bit_length(2),
    lambda: int.from_bytes if False else None + 1,
]
for i, fn in enumerate(cases):
    try:
        r = fn()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__, e)
