# string module constants in typical use: validation, ciphers, character classes.
import string
def is_identifier_like(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
for s in ("abc", "_x1", "1abc", "", "a-b", "Z9"):
    print(repr(s), is_identifier_like(s))
shift = 3
lower = string.ascii_lowercase
table = {c: lower[(i + shift) % 26] for i, c in enumerate(lower)}
msg = "attack at dawn!"
enc = "".join(table.get(c, c) for c in msg)
print(enc)
inv = {v: k for k, v in table.items()}
print("".join(inv.get(c, c) for c in enc))
print(sum(c in string.punctuation for c in "Hello, world! (yes)"))
print([c for c in "a1 b2\tc3\n" if c in string.whitespace])
print(all(c in string.hexdigits for c in "DEADbeef"), "g" in string.hexdigits)
print(int("".join(c for c in "tel: 555-0199" if c in string.digits)))
print(string.ascii_uppercase[::5], string.digits[::-1], string.octdigits)
print(len(string.printable), string.printable[:10], set(string.whitespace) <= set(string.printable))
print(string.capwords("the   QUICK brown"), string.capwords("a.b.c", "."))
def rot13(s):
    out = []
    for c in s:
        if c in string.ascii_lowercase:
            out.append(string.ascii_lowercase[(string.ascii_lowercase.index(c) + 13) % 26])
        elif c in string.ascii_uppercase:
            out.append(string.ascii_uppercase[(string.ascii_uppercase.index(c) + 13) % 26])
        else:
            out.append(c)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
counts = {name: sum(c in getattr(string, name) for c in "Mixed Case 123 !?")
          for name in ("ascii_lowercase", "ascii_uppercase", "digits", "punctuation", "whitespace")}
print(counts)
try:
    string.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
