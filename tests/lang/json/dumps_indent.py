import json

data = {"name": "capy", "tags": ["a", "b"], "nested": {"x": [], "y": {}, "z": [1, [2, [3]]]},
        "n": None, "f": 1.25}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-1))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=2, separators=(", ", " : ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([1], indent=2))
print(json.dumps([[]], indent=1))
print(json.dumps("str", indent=3))
print(json.dumps({"é": "ü"}, indent=1, ensure_ascii=False))
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print("TypeError:", e)
