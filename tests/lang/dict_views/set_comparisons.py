# dict keys/items views compare like sets: with sets, frozensets and each other; values views never do.
d = {"a": 1, "b": 2}
k, it = d.keys(), d.items()
print(k == {"a", "b"}, {"a", "b"} == k, k != {"a"}, k == frozenset("ab"), k == {"b": 0, "a": 0}.keys())
print(k < {"a", "b", "c"}, k <= {"a", "b"}, k > {"a"}, k >= {"a", "b"}, k < {"a", "b"}, k > {"a", "b"})
print({"a"} < k, {"a", "b", "c"} > k, frozenset("a") <= k, {"x"} <= k)
print(it == {("a", 1), ("b", 2)}, it < {("a", 1), ("b", 2), ("c", 3)}, it >= {("b", 2)}, it == {("a", 1)})
print(k == it, it == it, k == ["a", "b"], k == ("a", "b"), d.values() == d.values(), d.values() == [1, 2])
u = {"x": [1]}
print(u.items() == u.items(), u.items() <= {"x": [1], "y": 0}.items(), ("x", [1]) in u.items())
e = {}
print(e.keys() == set(), e.items() == set(), e.keys() <= set(), e.keys() < set(), set() >= e.keys())
print(k.isdisjoint(["c", "d"]), k.isdisjoint("ab"), k.isdisjoint(iter("zb")), it.isdisjoint([("a", 2)]),
      it.isdisjoint({("a", 1)}), e.keys().isdisjoint([]))
for bad in (lambda: k < ["a"], lambda: k <= 3, lambda: d.values() < {1}, lambda: k.isdisjoint(5),
            lambda: type(k).isdisjoint(it, []), lambda: [].__class__.__mro__ < k):
    try:
        print(bad())
    except TypeError as err:
        print(type(err).__name__, err)
print(len(k | it), sorted(k - {"a"}), k == k, k != k)
