# repr of self-referencing containers: [...], {...}, nested mixes; equality and len still work.
l = [1, 2]
l.append(l)
print(l, repr(l), len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
mix = [d, l]
print(mix)
a = []
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append([1, n.children])
print(n)
s = str(l)
print(s == repr(l), f"{l}", "%s" % (l,), "{}".format(d))
