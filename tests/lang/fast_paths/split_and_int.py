# str.split/rsplit/splitlines build their lists as they find the pieces, ASCII sources
# make ASCII pieces without a scan (vm/methods_str.cpp PieceList), and int() parses short
# ASCII decimals without the Unicode path (vm/format_parse.cpp). Each case next to one
# that must take the general path.
texts = ["a,b,,c", ",", "", "a", "é,ü,x", "ab€cd€€e", "a b  c\t\nd ", "  ", "x\u2003y z",
         "l1\nl2\r\nl3\rl4\x1cl5\u2028l6", "no break"]
for t in texts:
    for sep in [",", "€", " ", None, "ab"]:
        for m in [-1, 0, 1, 2]:
            a = t.split(sep, m)
            b = t.rsplit(sep, m)
            print(repr(t), repr(sep), m, a, b, [len(p) for p in a], [p.upper() for p in b])
    print(t.splitlines(), t.splitlines(True), [len(p) for p in t.splitlines()])

big = ",".join(str(i) for i in range(70000))
parts = big.split(",")
print(len(parts), parts[0], parts[65535], parts[65536], parts[-1], sum(len(p) for p in parts))
rparts = big.rsplit(",", 3)
print(len(rparts), rparts[1:], len(rparts[0]))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)

ints = ["0", "7", "-7", "+7", " 42 ", "\t\n42\r\x0b\x0c", "007", "999999999999999999",
        "-999999999999999999", "9999999999999999999", "-9223372036854775809", "1_000",
        "\u0661\u0662", "\xa07", "7\u2003", "\x1c7", "7\x1f", "", " ", "-", "+-1", "1 2",
        "1.5", "0x10", "١"]
for s in ints:
    for base in [10, 0, 16]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
print(int("12") + int(" -3 ") * int("+4"), int(b" 55 "), int(bytearray(b"-6")))
