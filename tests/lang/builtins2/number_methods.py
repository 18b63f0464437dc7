# Methods of int and float.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for v in [0, 1, 255, -255, 2 ** 100, True]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate())
show((1024).to_bytes, 2, "little")
show((1024).to_bytes, length=3, byteorder="big")
show((5).to_bytes)
show((0).to_bytes, 0, "big")
show((256).to_bytes, 1, "big")
show((-1).to_bytes, 1, "big")
show((-1).to_bytes, 2, "big", signed=True)
show((-128).to_bytes, 1, "big", signed=True)
show((128).to_bytes, 1, "big", signed=True)
show((127).to_bytes, 1, "big", signed=True)
show((2 ** 70).to_bytes, 10, "little")
show((1).to_bytes, -1, "big")
show((1).to_bytes, 1, "middle")
show((1).to_bytes, 1, "big", True)
show(int.from_bytes, b"\x01\x00", "little")
show(int.from_bytes, b"\xff\x00", "little", signed=True)
show(int.from_bytes, b"\xff\xff", "big", signed=True)
show(int.from_bytes, [1, 2], "big")
show(int.from_bytes, b"")
show(int.from_bytes, [256], "big")
show(int.from_bytes, b"\x01" * 12, "big")
for x in [1.0, 0.0, -0.0, 0.1, 5e-324, 2.2250738585072014e-308, 1e308, -2.5, 3.0,
          float("inf"), float("-inf"), float("nan")]:
    print(x.hex(), x.is_integer())
for x in [1.5, 0.75, -0.0, 1e300, 0.1, 10.0]:
    print(x.as_integer_ratio())
show(float("inf").as_integer_ratio)
show(float("nan").as_integer_ratio)
for s in ["0x1.8p1", "1.8p1", " -0X1P-2 ", "inf", "-Infinity", "nan", "0x.8", "0x1.", "0x1p",
          "x", "0x1.fffffffffffff8p1023", "0x1p-1080", "1" * 40, "0x1_0", "0x1.999999999999ap-4",
          "0x0.0000000000001p-1022", "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    show(float.fromhex, s)
print((2.5).conjugate(), (2.7).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__int__())
print((7).__index__(), (7).__float__(), True.__int__())
