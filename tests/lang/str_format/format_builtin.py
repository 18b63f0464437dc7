# format() builtin and __format__ dispatch for user classes and builtins.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        raise ValueError("bad money spec " + repr(spec))
m = Money(12345)
print(format(m), format(m, "c"), f"{m}", "{:c}".format(m))
try:
    format(m, "q")
except ValueError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), "{}".format(Plain()), f"{Plain()}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(True), format(True, "d"), format(False, ">6"))
print(format(10, "b"), format(-10, "b"), format(10, "o"), format(1 << 70, "x"))
print(format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, ""), format(1e16, "g"), format(123456789.0, ""), format(1.0, "g"))
print(format(-0.0, ""), format(-0.0, ".1f"), format(float("-inf"), "+"))
print(format("x", "<3") + "|", format("", "*>3"))
print(format(12345678901234567890, ","), format(-1234, "_"))
print(format(3, "5"), format(3.0, "5"), format("3", "5"))
try:
    format(3, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("x", ",")
except ValueError as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(format(Sub(7), "03"), f"{Sub(8):x}")
print(format([1, 2]), format((1,)), format({"a": 1}), format(None))
