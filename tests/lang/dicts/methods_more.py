# dict methods: setdefault, popitem LIFO, pop default, update forms, fromkeys aliasing, | and |=.
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
u = {}
u.update({"x": 1})
u.update([("y", 2), ("z", 3)])
u.update(w=4)
u.update({"x": 10}, v=5)
print(u)
try:
    u.update([("only_one",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    u.update(5)
except TypeError as e:
    print(type(e).__name__, e)
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, dict.fromkeys("xy"), dict.fromkeys(range(3), 0))
m = {"a": 1, "b": 2} | {"b": 20, "c": 3}
print(m)
m |= [("d", 4)]
print(m)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a=1, b=2) == {"b": 2, "a": 1}, list({"b": 1, "a": 2}), {1: "a", 1.0: "b"})
c = {"k": [1]}
c2 = c.copy()
c2["k"].append(2)
c2["new"] = 0
print(c, c2)
print(d.get("nothing"), d.get("nothing", 0), {None: 1}.get(None), len({}))
order = {}
for k in "banana":
    order[k] = order.get(k, 0) + 1
del order["b"]
order["b"] = 9
print(order, list(order.items())[0])
print(dict([(1, 2)], three=3) if False else dict([(1, 2), (3, 4)]), dict(zip("ab", "cd")))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print({**{"a": 1}, "a": 2}, {k: v for k, v in [("x", 1), ("x", 2)]})
print(sorted({3: "c", 1: "a", 2: "b"}.items()), max({"a": 5, "b": 7}.items(), key=lambda kv: kv[1]))
