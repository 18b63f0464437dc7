# indexing, slicing and iterating non-ASCII strings by code point
s = "aé€😀z"
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-4])
print(s[1:4], s[::-1], s[::2], s[1::2], s[-2:], s[:-2], s[10:], s[3:1], s[4:0:-2])
print(list(s), [c for c in "héllo"][1], "".join(reversed(s)))
print(s.upper(), s.find("😀"), s.index("z"), s.split("€"), s.center(9, "·"))
print("%-6s|%6s|" % (s, s), "{:*>8}".format(s), format(s, "^9"), "{:.2}".format(s))
try:
    s[5]
except IndexError as e:
    print("IndexError", e)
a = "ascii only text"
print(a[0], a[-1], a[2:9], a[::3], a[100:], a[-3:])
print(ascii(s), repr(s), s.encode())
