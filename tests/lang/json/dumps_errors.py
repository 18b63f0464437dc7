import json

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Thing:
    pass

show(lambda: json.dumps(Thing()))
show(lambda: json.dumps({"a": {1, 2}}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps(range(3)))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({Thing(): 3}))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([float("inf")], allow_nan=False))
show(lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
show(lambda: json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))

a = []
a.append(a)
show(lambda: json.dumps(a))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps([d], indent=2))
b = [1]
show(lambda: json.dumps([b, b, [b]]))

def bad_default(o):
    return o
show(lambda: json.dumps(Thing(), default=bad_default))

def err_default(o):
    raise ValueError("custom failure")
show(lambda: json.dumps([1, Thing()], default=err_default))

deep = []
cur = deep
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
deepd = {}
cur = deepd
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(deepd)
except RecursionError as e:
    print("RecursionError:", e)
