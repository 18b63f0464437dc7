# dict.keys()/items() views are live, support len/in/iteration and set operations.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
it = d.items()
v = d.values()
print(k, it, v)
print(len(k), "a" in k, "z" in k, ("a", 1) in it, ("a", 2) in it, 2 in v)
d["d"] = 4
print(list(k), list(it)[-1], list(v))
del d["a"]
print(list(k), len(it))
print(sorted(k & {"b", "x"}), sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k <= {"b", "c", "d", "e"})
print(type(k).__name__, type(it).__name__, type(v).__name__)
print(list(reversed(k)), list(reversed(d.items())))
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {}
print(list(e.keys()), list(e.items()), list(e.values()), e.keys() == set())
print({1: 2}.keys().isdisjoint([3]), {1: 2}.keys().isdisjoint([1]))
x = dict.fromkeys("abc", 0)
print(list(x.items()))
print(repr({}.keys()), repr({1: [2]}.items()))
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(d.values() == d.values(), sorted(d.values()))
