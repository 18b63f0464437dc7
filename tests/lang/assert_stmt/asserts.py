# assert: passing asserts, messages, AssertionError args, evaluated lazily, in functions.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e, e.args)
calls = []
def msg():
    calls.append("msg")
    return "computed message"
assert 1, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args, str(e))
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
class Inv:
    def __init__(self, items):
        self.items = items
        self.check()
    def check(self):
        assert all(i >= 0 for i in self.items), "negative item"
Inv([1, 2])
try:
    Inv([1, -1])
except AssertionError as e:
    print("invariant:", e)
print(isinstance(AssertionError(), Exception))
x = 5
assert x, "non-zero int is truthy"
print("done")
