# The string-building fast paths: str(x) with one argument (call_type skips
# str.__new__), str.join of a list or tuple (sized and copied in one pass),
# + and f-string concatenation (code point counts and ASCII-ness come from the
# parts), and results big enough to get a mapping of their own in the heap.


class Named:
    def __str__(self):
        return "named"


class MyStr(str):
    pass


class Bad:
    def __str__(self):
        return 5


for x in [0, 7, -7, 10, 123456789, -2**40, 2**70, 1.5, -0.0, 1e300, True, False, None,
          "abc", MyStr("sub"), Named(), [1, "a"], (1,), {"k": 1}, b"by", ValueError("msg"),
          KeyError("key"), int, str]:
    s = str(x)
    print(repr(s), type(s).__name__, len(s))
print(type(str(MyStr("sub"))).__name__, str(MyStr("sub")) == "sub")
print(repr(str()), repr(str(object=12)), repr(str(b"ab", "ascii")))
print(type(MyStr(5)).__name__, MyStr(5))
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)

# join: ASCII and not, separators of every width, one item, empty.
words = ["a", "bb", "", "ccc", "é", "日本", "😀", "z"]
for sep in ["", ",", ", ", "é", "→", "😀😀"]:
    j = sep.join(words)
    print(repr(j), len(j), j.isascii(), len(sep.join(tuple(words))))
print(repr(",".join([])), repr(",".join(())), repr(",".join(["only"])))
print(",".join(["only"]) is not None, ",".join(MyStr("x") for _ in range(2)))
lone = MyStr("solo")
print(type(",".join([lone])).__name__)
for bad in [["a", 1], ("a", "b", None), ["a", b"b"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
print("-".join(c for c in "xyz"), "-".join(iter(["p", "q"])), "".join({"k": 1}))

# Concatenation: lengths and indexing across ASCII / non-ASCII parts.
parts = ["ab", "é", "", "日本語", "x" * 20, "😀"]
acc = ""
for p in parts:
    acc = acc + p
    print(len(acc), acc.isascii(), acc[-1:] if acc else "")
n = 42
f = f"{n}é{n:05d}|{n / 8:.2f}|{'日'}{acc}"
print(f, len(f))
for a in ["", "a", "abcdefg", "abcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq"]:
    for b in ["", "1", "123", "1234", "12345678", "123456789012345678"]:
        c = a + b
        assert len(c) == len(a) + len(b) and c[:len(a)] == a and c[len(a):] == b
print("concat ok")

# Big results (past 128 KiB) and a list whose items grow past it.
big = ",".join(str(i) for i in range(40000))
print(len(big), big[:20], big[-20:], big.count(","))
big2 = "|".join([big, big])
print(len(big2), big2[len(big) - 5:len(big) + 6])
items = []
for i in range(50000):
    items.append(i)
print(len(items), items[0], items[-1], sum(items))
up = big2.upper().replace(",", ";")
print(len(up), up[:12])
lines = ["row" + str(i % 97) + ":" + "ab"[i % 2] + str(i % 10) for i in range(30000)]
text = "\n".join(lines)
print(len(text), text.count("a3"), text.split("\n")[12345])
