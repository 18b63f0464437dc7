# str.format: positional, keyword, indexing, attributes, conversions and specs.
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {d[k]}".format([5, 6], d={"k": "v"}))
class C:
    attr = "A"
    def __init__(self):
        self.inner = {"z": 26}
c = C()
print("{0.attr} {0.inner}".format(c))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format(1, 2, 3, "m"))
print("{:08.3f} {:+d} {:x} {:,}".format(3.14159, 5, 255, 10**9))
print("{0:{1}} | {0:>{w}.{p}f}".format(2.71828, 10, w=9, p=2))
print("{{}} {{{}}}".format(7))
print("{:%}".format(0.125), "{:.0%}".format(1))
print("{:s}".format("text"), "{}".format(None), "{}".format(1.0))
print(format(255, "#x"), format(3.5), format("ab", "^6"), format(12, ""))
for bad in ("{", "}", "{0", "{:d}", "{1}", "{x}"):
    try:
        print(bad.format("str"))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print("{0}{1}{0}".format(*"ab"), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{:10.3}|{:.2s}|".format("abcdef", "xyz"))
print("{:-^20}".format(" mid "))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("{:=+8}".format(42), "{:=8}".format(-42))
