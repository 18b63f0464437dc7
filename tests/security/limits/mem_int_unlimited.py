# With no heap limit at all (--mem 0) an int too big for GMP itself must
# still be a MemoryError, never GMP's abort ("overflow in mpz type").
# args: --mem 0
# exit: 0
# max-seconds: 10
for label, make in [("pow", lambda: 2 ** (10 ** 12)),
                    ("shift", lambda: 1 << (1 << 40)),
                    ("pow of big", lambda: (2 ** 100) ** (2 ** 60))]:
    try:
        make()
        print(label, "computed?!")
    except (MemoryError, OverflowError):
        print(label, "refused")
