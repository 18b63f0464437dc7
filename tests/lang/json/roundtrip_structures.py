# json round trips of nested structures, key coercion, separators and sort_keys, unicode.
import json
doc = {"name": "capy", "version": [1, 2, 3], "tags": {"fast": True, "safe": None},
       "ratio": 0.25, "big": 12345678901234567890, "neg": -1.5e-8, "empty": {}, "list": []}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc)
print(json.dumps(doc, sort_keys=True, separators=(",", ":")))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "null"}))
print(json.dumps({"é": "ü", "emoji": "\U0001F600"}), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps({"a": [1, {"b": []}], "c": {}}, indent=2, sort_keys=True))
print(json.dumps((1, 2)), json.dumps("tab\tnew\nquote\"back\\"), json.dumps(""))
print(json.dumps(float("inf")), json.dumps(-float("inf")), json.dumps(float("nan")))
print(json.loads("[1e2, 1E-2, -0, 0.5, 10]"), json.loads('"\\u0041\\n"'), json.loads(" true "))
data = json.loads('{"a": 1, "a": 2, "b": [true, false, null]}')
print(data, type(data["b"]).__name__)
for bad in ("{", "[1,]", "{'a': 1}", "nul", '"unterminated', "[1 2]", "", "01"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e.msg, e.pos)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(object())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
records = [{"id": i, "sq": i * i, "odd": i % 2 == 1} for i in range(4)]
back = json.loads(json.dumps(records))
print(back == records, [r["sq"] for r in back if r["odd"]])
print(json.dumps(json.loads('{"z": 1, "a": {"y": 2, "b": 3}}'), sort_keys=True, indent=None))
