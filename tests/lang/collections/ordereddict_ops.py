# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, LRU built on it.
from collections import OrderedDict
od = OrderedDict()
for k in "dbca":
    od[k] = ord(k)
print(od, list(od))
od.move_to_end("d")
od.move_to_end("a", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, dict(a) == dict(b), a == {2: "y", 1: "x"})
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
cache = LRU(3)
for i in range(5):
    cache.put(i, i * i)
print(list(cache.data.items()))
cache.get(2)
cache.put(9, 81)
print(list(cache.data.keys()), cache.get(3), cache.get(0))
c = OrderedDict.fromkeys("xyz", 0)
c.update(y=5)
print(c, list(reversed(c)))
print(repr(OrderedDict()), OrderedDict(a=1).copy(), isinstance(c, dict))
c.setdefault("w", -1)
del c["x"]
print(list(c.items()))
