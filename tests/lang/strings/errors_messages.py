# Error messages of common str operations, as CPython 3.11 words them.
KEY = "k"
cases = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: "a" * 1.5,
    lambda: "abc"[5],
    lambda: "abc"[KEY],
    lambda: "abc".index("z"),
    lambda: "abc".rindex("z"),
    lambda: "a,b".split(""),
    lambda: "abc".replace(1, 2),
    lambda: "abc".startswith(1),
    lambda: "x".join(["a", 1]),
    lambda: "{}{}".format(1),
    lambda: "{0}{}".format(1, 2),
    lambda: "{:q}".format("s"),
    lambda: "%d" % "s",
    lambda: "%s %s" % ("a",),
    lambda: "abc".encode("nope"),
    lambda: str.upper(5),
    lambda: "a" < 1,
    lambda: ord(""),
    lambda: int("12a"),
    lambda: float("1.2.3"),
    lambda: "abc".zfill("3"),
    lambda: "abc".split(None, "x"),
]
for i, fn in enumerate(cases):
    try:
        fn()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
