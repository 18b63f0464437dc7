# copy/deepcopy of user objects: shared references, cycles, __copy__/__deepcopy__ hooks.
import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].val = 30
tree.children.append(Node(5))
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children, type(deep).__name__)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, len(cc))
d = {"a": {"b": [1, 2]}}
d2 = copy.deepcopy(d)
d2["a"]["b"].append(3)
print(d, d2)
class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        return Custom("copied:" + str(self.data))
    def __deepcopy__(self, memo):
        return Custom("deep:" + str(self.data))
print(copy.copy(Custom(1)).data, copy.deepcopy(Custom(2)).data, copy.deepcopy([Custom(3)])[0].data)
print(copy.copy(5), copy.copy("s") == "s", copy.deepcopy((1, [2]))[1] == [2])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(range(3)), copy.copy(None))
s = {1, 2}
s2 = copy.copy(s)
s2.add(3)
print(sorted(s), sorted(s2))
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
class Slotted:
    def __init__(self):
        self.items = [1]
o = Slotted()
o2 = copy.copy(o)
o2.items.append(2)
o3 = copy.deepcopy(o)
o3.items.append(3)
print(o.items, o2.items, o3.items)
