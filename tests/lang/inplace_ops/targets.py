# Augmented assignment targets: subscripts, attributes, slices; evaluation happens once.
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 5
print(d, calls)
calls.clear()
lst = [1, 2, 3]
lst[key(0)] *= 10
lst[key(-1)] -= 1
print(lst, calls)
class Box:
    def __init__(self):
        self.n = 0
        self.gets = 0
b = Box()
b.n += 3
b.n *= 2
print(b.n)
class Tracked:
    def __init__(self):
        self.log = []
        self.data = {"x": 1}
    def __getitem__(self, k):
        self.log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(f"set {k}={v}")
        self.data[k] = v
t = Tracked()
t["x"] += 41
print(t.log, t.data)
m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
print(m)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
s = list(range(6))
s[1:3] += ["x"]
print(s)
try:
    missing = {}
    missing["k"] += 1
except KeyError as e:
    print(type(e).__name__, e)
class P:
    @property
    def ro(self):
        return 1
try:
    pp = P()
    pp.ro += 1
except AttributeError:
    print("AttributeError read-only property")
g = 10
def bump():
    global g
    g += 5
bump(); bump()
print(g)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return inc()
print(outer())
