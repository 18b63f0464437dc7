# Equal ints and floats hash alike across the small-int boundary (2**47)
# and past 2**61, and big shifts of zero stay zero.
for e in (46, 47, 48, 52, 53, 60, 61, 62, 70, 100):
    i = 2 ** e
    f = float(i)
    print(e, hash(i) == hash(f), {i: "int"}.get(f), {f: "float"}.get(i), hash(-i) == hash(-f))
print(0 << 10 ** 20, 0 >> 10 ** 20, (-1) >> 10 ** 20, 5 >> 10 ** 20)
