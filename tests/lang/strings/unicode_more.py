# Unicode strings: code points, case mapping beyond ASCII, escapes, ord/chr round trips, lengths.
s = "naïve café — 日本語 😀"
print(len(s), s.upper(), s.title(), s[-1], s[6:10], s.split(" "))
print([ord(c) for c in "aé日😀"], "".join(chr(c) for c in (72, 233, 0x65E5, 0x1F600)))
print(repr("tab\tnl\nnul\x00bell\x07"), repr("é"), repr("\u200b"), repr("😀"), ascii("é😀"))
print("\u03b1", "\U0001F40D", "\x41\102\u0043")
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()), "ﬁ".upper(), "Σ".lower(), "ΌΣΟΣ".lower())
print("é" == "e\u0301", len("e\u0301"), "e\u0301"[0])
print(sorted(["é", "e", "z", "a", "É"]), max("日本語"), min("aZé"))
print("日本語".encode if False else "skip", "abc" < "abd" < "abé" < "ab😀")
print("Ünïcödé".isalpha(), "٣".isdigit(), "Ⅷ".isnumeric(), "𝟘".isdecimal(), " ".isspace(), "\u3000".isspace())
print(str(chr(0x10FFFF)) == "\U0010FFFF", ord("\U0010FFFF"), chr(0).isprintable())
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
word = "ánimo"
print(word.center(9, "·"), word[::-1], word.find("m"), word.replace("á", "a"), word.count("o"))
print(f"{'日本':>6}|{'日本':*<5}|", "%-5s|" % "é", "{:^7}".format("😀"))
print("a😀b".index("b"), "😀" in "xx😀", "x😀x".split("😀"), "😀".join("ab"))
print("STRASSE".lower() == "straße".casefold().lower() if False else "straße".casefold() == "STRASSE".casefold())
