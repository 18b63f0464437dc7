# Unbounded mutual recursion through methods ends with RecursionError.
class Node:
    def __init__(self):
        self.other = None
    def depth(self):
        return 1 + self.other.depth()
a, b = Node(), Node()
a.other, b.other = b, a
print("starting")
a.depth()
