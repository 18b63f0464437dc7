# json.dumps of a deeply nested list and json.loads of 100000 '[' are
# RecursionErrors (as in CPython), never native stack overflows.
# max-seconds: 20
import json

deep = []
for _ in range(100000):
    deep = [deep]
for label, op in [("dumps", lambda: json.dumps(deep)),
                  ("dumps indent", lambda: json.dumps(deep, indent=1)),
                  ("loads list", lambda: json.loads("[" * 100000)),
                  ("loads dict", lambda: json.loads('{"a":' * 100000)),
                  ("loads closed", lambda: json.loads("[" * 100000 + "]" * 100000))]:
    try:
        op()
        print(label, "returned?!")
    except RecursionError:
        print(label, "RecursionError")
print(json.loads("[" * 500 + "]" * 500) is not None)
