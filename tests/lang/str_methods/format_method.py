# str.format and str.format_map
print("{} and {}".format("a", "b"), "{1} then {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="capy", age=3), "{0} {x}".format(1, x=2))
print("{{literal}} {}".format(5), "}}{{".format())
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:#X} {:o} {:b} {:,}".format(1, 2, 3, 4, 255, 255, 8, 5, 1234567))
print("{:.2f} {:10.3e} {:g} {:%} {:.1%}".format(3.14159, 12345.678, 0.0001, 0.25, 0.5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("x"))
print("{:{}}|{:{w}.{p}f}|".format("x", 4, 2.5, w=8, p=3), "{0:{1}{2}}".format(5, ">", 3))
class P:
    def __init__(self):
        self.x = 10
        self.items = ["a", "b"]
p = P()
print("{0.x} {0.items[1]} {p.items[0]}".format(p, p=p), "{0[key]} {0[1]}".format({"key": "v", 1: "one"}))
print("{0[0]}{0[2]}".format("abc"), "{a[0][1]}".format(a=["xy"]), "{0.real}".format(5))
print("{:}".format(True), "{:d}".format(True), "{:>5}".format(None.__class__.__name__))
print("{a}-{b}".format_map({"a": 1, "b": [2]}))
class D:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(D()))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc} {}".format(F(), F()), format(F(), "zz"), f"{F():q}")
print("{:10}|{:<10}|".format(12, 12), "{:=+8.2f}".format(-1.5), "{:_x}".format(2 ** 40))
print("{0:c}{1:c}".format(72, 0x263A), "{:n}".format(1234), "{:.3}".format("abcdef"))
print("{:e}".format(2 ** 70), "{:.0f}".format(2.5), "{:.0f}".format(3.5), "{:#.0e}".format(1.0))
