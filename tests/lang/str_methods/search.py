# find / rfind / index / rindex / count / startswith / endswith
s = "hello world, hello capy"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.rfind("hello", 0, 10))
print(s.find("xyz"), s.rfind("xyz"), s.find(""), s.rfind(""), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello", 1), s.count(""))
print(s.find("o", -5), s.find("o", -100, -3), s.count("l", None, 10))
print("abc".count("", 4), "abc".count("", 3), "abc".find("", 3), "abc".find("", 4))
print("abc".rfind("", 1, 2), "aaaa".count("aa"), "aaaa".find("aa", 1))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("capy"), s.endswith("hello", 0, 18), s.endswith(("a", "py")))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print("abc".startswith(("a", "b"), 1), "abc".endswith(()), "".startswith(""))
t = "naïve café, naïve"
print(t.find("café"), t.rfind("naïve"), t.index("é"), t.count("ï"), t.find("v", 5))
print(t.startswith("café", 6), t.endswith("naïve"), t.rfind("a", 0, 8))
for sub in ["l", "lo", "o w", "capy", "Z"]:
    print(sub, sub in s, s.find(sub))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("nope", 3)
except ValueError as e:
    print("ValueError", e)
