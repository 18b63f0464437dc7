# String equality and indexing fast paths, with the cases they must leave
# to the general path.

def eq(a, b):
    return a == b, a != b

print(eq("ab", "ab"), eq("ab", "a" + "b"), eq("x", "y"), eq("é", "é"), eq("", ""))
print(eq("1", 1), eq(1, 1.0), eq(None, None))

class Loud(str):
    def __eq__(self, other):
        return "Loud.__eq__"
    def __ne__(self, other):
        return "Loud.__ne__"
    __hash__ = str.__hash__
print(eq(Loud("a"), "a"), eq("a", Loud("a")))

def at(s, i):
    return s[i]

text = "hello"
print([at(text, i) for i in range(-5, 5)])
print(at("naïve", 2), at("naïve", -1), at("日本語", 1))
for bad in (5, -6):
    try:
        at(text, bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    at(text, "0")
except TypeError as e:
    print("TypeError:", e)

class Upper(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()
print(at(Upper("abc"), 1), at([10, 20], -1), at((1, 2), 0), at({"k": 3}, "k"))
print(at(text, True), at(text, False))
chars = [at("abc", i % 3) for i in range(6)]
print(chars, chars[0] is chars[3])

def none_checks(v):
    out = []
    if v is None:
        out.append("is None")
    if v is not None:
        out.append("is not None")
    if not (v is None):
        out.append("not is None")
    while v is not None:
        v = None
        out.append("loop")
    return out
print(none_checks(None), none_checks(0), none_checks(""))

# + and += on two exact strs concatenate inline; subclasses keep __add__.
def cat(a, b):
    return a + b
class Tag(str):
    def __add__(self, other):
        return "Tag.__add__"
    def __radd__(self, other):
        return "Tag.__radd__"
s = "a"
for piece in ["b", "é", "", "日本"]:
    s += piece
print(s, len(s), cat("x", "y"), cat(Tag("t"), "u"), cat("u", Tag("t")), cat("", ""))
acc = Tag("z")
acc += "w"
print(acc)
try:
    cat("a", 1)
except TypeError as e:
    print("TypeError:", e)
