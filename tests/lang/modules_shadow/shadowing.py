# The script's directory comes before the stdlib: `import json` finds ./json.py.
import json
print(json.dumps({"a": 1}), getattr(json, "SHADOW", False), hasattr(json, "loads"))
from json import dumps
print(dumps(None))
import heapq
print(hasattr(heapq, "heappush"), heapq.nlargest(1, [3, 9]))
