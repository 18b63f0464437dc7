import json

values = [
    None, True, False, 0, 1, -1, 123456789012345678901234567890, -2**70,
    0.0, -0.0, 1.5, 1e16, 1e-5, 3.141592653589793, 1e300, 2.5e-300, 100.0,
    "", "abc", "quote\" backslash\\ slash/", "\n\r\t\b\f\x00\x1f\x7f",
    "é", "日本語", "😀 emoji", "\u2028\u2029",
    [], [1, 2, 3], (1, 2), [[], {}], {}, {"a": 1}, {"a": [1, {"b": None}]},
    [1.0, 2, "x", None, True],
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")))
print(json.dumps({"a": 1, "b": 2}, separators=("; ", "=")))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(float("-inf")))
print(json.dumps({float("nan"): 1, float("inf"): 2}))
print(json.dumps(2**64))
print(json.dumps({2**64: 1, -5: 2}))
print(json.dumps("a\u0000b"))
print(repr(json.dumps("\ud800")))
print(json.dumps({"k": (1, 2, (3,))}))
print(json.dumps([[[[[]]]]]))

# skipkeys
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True, indent=2))

# default
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("nope " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=enc, indent=1))

class Money:
    def __init__(self, cents):
        self.cents = cents

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return [o.cents // 100, o.cents % 100]
        return super().default(o)

print(json.dumps([Money(150), Money(2099)], cls=MyEncoder))
print(MyEncoder(sort_keys=True).encode({"b": Money(1), "a": 0}))
print(json.JSONEncoder().encode({"a": [1, 2]}))
print(json.JSONEncoder(separators=(",", ":")).encode({"a": [1, 2]}))
try:
    json.dumps([Money(5)], cls=MyEncoder, default=None)
    json.dumps(object, cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)
