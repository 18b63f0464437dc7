# Less common str methods: partition, zfill, center, expandtabs, splitlines, casefold, translate.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(2)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print("one\ntwo\r\nthree\rfour".splitlines(), "x\n\ny\n".splitlines(), "a\nb".splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("Straße".casefold(), "Straße".lower(), "ǅ".upper() if False else "ΣΑΣ".lower(), "ß".upper())
table = str.maketrans("abc", "xyz", "!")
print("a!b!c!d".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}), "aaa".translate(str.maketrans({"a": "bb"})))
print("Hello World".swapcase(), "hello wORLD foo-bar".title(), "o'neil mc".title(), "x".capitalize())
print("ab" * 0, "-".join([]), ",".join("abc"), "a,b,,c".split(","), "a b  c".split(" "), "  a  b ".split())
print("abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
print("mississippi".count("ss"), "mississippi".count("s", 3), "aaaa".count("aa"), "abc".count(""))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
print("abc".find("c", -1), "abc".rfind("a", 1), "abc".index("b"), "aXbXc".rsplit("X", 1))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "42".isdecimal(), "".isalpha(), "a1".isalnum())
print("   ".isspace(), "Title Case".istitle(), "UPPER1".isupper(), "lower_".islower(), "_id".isidentifier())
print("ab\x00c".isprintable(), "tab\t".isprintable(), "abc".isascii(), "é".isascii())
print("{0}-{0}".format_map if False else "%s" % "fm", "{name}".format_map({"name": "map"}))
