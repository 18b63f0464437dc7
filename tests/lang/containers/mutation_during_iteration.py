# Mutating containers while iterating: dict/set size changes raise, list mutation is allowed,
# list.sort detects mutation from the key function.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
data = [3, 1, 2]
def bad_key(v):
    data.append(v)
    return v
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(data) >= 3)
d2 = {"x": 1}
it = iter(d2.items())
d2["x"] = 2
print(list(it))
d3 = {"a": 1, "b": 2}
keys = list(d3)
for k in keys:
    d3.pop(k)
print(d3)
