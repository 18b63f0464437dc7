# int.to_bytes / int.from_bytes with bytes and bytearray.
for n in [0, 1, 255, 256, 65535, 2 ** 64 - 1]:
    b = n.to_bytes(8, 'big')
    print(n, b, n.to_bytes(8, 'little'), int.from_bytes(b, 'big'), int.from_bytes(b[::-1], 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes([1, 2], 'big'), int.from_bytes(b'', 'little'))
print((1024).to_bytes(2, byteorder='little'), int.from_bytes(b'\x00\x10', byteorder='little'))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: int.from_bytes('ab', 'big'),
             lambda: (1).to_bytes(1, 'middle'), lambda: (-1).to_bytes(1, 'big')]:
    try:
        print(call())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
