# chr() outside the Unicode range.
print(chr(0x110000))
