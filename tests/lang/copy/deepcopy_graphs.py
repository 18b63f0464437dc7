# deepcopy keeps sharing and cycles within the copied structure; shallow copies of containers/objects.
import copy
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [b, c]
b.edges = [c, a]
c.edges = [c]
graph = {"root": a, "all": [a, b, c]}
g2 = copy.deepcopy(graph)
ra = g2["root"]
print(ra is not a, ra.edges[0].edges[1] is ra, ra.edges[1] is g2["all"][2], g2["all"][2].edges[0] is g2["all"][2])
print([n.name for n in g2["all"]], [[e.name for e in n.edges] for n in g2["all"]])
ra.edges[0].name = "B2"
print(b.name, g2["all"][1].name)
memo = {}
x = [1, [2]]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, y1 == x, y1[1] is x[1])
shallow = copy.copy(graph)
print(shallow["root"] is a, shallow is graph, shallow == graph)
nested = {"l": [[1, 2], [3]], "t": ([4], 5), "s": {6}, "f": frozenset([7])}
d = copy.deepcopy(nested)
d["l"][0].append(99)
d["t"][0].append(98)
print(nested, d["l"], d["t"])
print(copy.deepcopy(d["f"]) == d["f"], type(copy.deepcopy(d["s"])).__name__)
class WithState:
    def __init__(self):
        self.items = [1]
        self.meta = {"k": [2]}
w = WithState()
w2 = copy.copy(w)
w3 = copy.deepcopy(w)
w.items.append(10)
w.meta["k"].append(20)
print(w2.items, w2.meta, w3.items, w3.meta, type(w3).__name__)
print(copy.deepcopy([None, True, 1.5, "s", (1, 2)]), copy.copy([]) is not copy.copy([]))
