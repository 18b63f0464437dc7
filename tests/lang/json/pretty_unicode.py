# json.dumps formatting options combined: indent as int/str, separators with indent, ensure_ascii,
# sort_keys on nested dicts; loads of whitespace-heavy and unicode-escaped input.
import json
data = {"z": [1, 2, {"b": None, "a": "é"}], "a": {"y": True, "x": []}, "m": "line\nbreak\t\"q\""}
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t", ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ": "), indent=2, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("日本語 😀"), json.dumps("日本語 😀", ensure_ascii=False), json.dumps("\x00\x1f\x7f"))
text = ' \n\t{ "k" :\n [ 1 ,\t2 , { "n" : "\\u00e9\\ud83d\\ude00" } ] , "e" : { } }\r\n'
obj = json.loads(text)
print(obj, obj["k"][2]["n"] == "é😀", len(obj["k"][2]["n"]))
print(json.loads('"\\/\\b\\f"'), repr(json.loads('"\\u0000"')), json.loads("-0.0"), json.loads("1E+2"))
print(json.dumps(1e16), json.dumps(123456789.125), json.dumps(-0.0), json.dumps(2 ** 70), json.dumps(True))
print(json.dumps({"b": 1, "a": 2}) == '{"b": 1, "a": 2}', json.dumps({"b": 1, "a": 2}, sort_keys=True))
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
nested = current = []
for _ in range(50):
    nxt = []
    current.append(nxt)
    current = nxt
s = json.dumps(nested)
print(len(s), s[:12], json.loads(s) == nested)
