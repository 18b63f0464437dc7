# chr, ord, hex, oct, bin, and formatting them back.
print([ord(c) for c in 'Az09 ~'], ''.join(chr(c) for c in range(65, 75)))
print(chr(0x1F40D), ord('🐍'), hex(ord('🐍')), chr(0x20AC) == '€')
for n in [0, 1, 7, 8, 255, 256, 4096, -1, -255, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2))
print(hex(255).upper(), '%x' % 255, format(255, '#06x'), format(5, '08b'))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
