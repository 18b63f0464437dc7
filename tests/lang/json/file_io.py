import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

out = Sink()
json.dump({"a": [1, 2, 3], "b": {"c": None}}, out)
print(out.getvalue())
out = Sink()
json.dump([1, {"x": "y"}], out, indent=2, sort_keys=True)
print(out.getvalue())
print(json.load(Source('{"loaded": [true, 1.5]}')))
print(json.load(Source('[1, 2]'), object_hook=dict))
print(json.load(Source('{"a": 1}'), object_pairs_hook=list))
try:
    json.load(Source('[1, 2'))
except json.JSONDecodeError as e:
    print("error:", e)
