# Generators as __iter__ implementations, generator methods, and iteration over trees.
class Tree:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.val
        if self.right:
            yield from self.right
    def preorder(self):
        yield self.val
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()
    def leaves(self):
        if not self.left and not self.right:
            yield self.val
        for child in (self.left, self.right):
            if child:
                yield from child.leaves()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), list(t.preorder()), list(t.leaves()))
print(sum(t), max(t), 5 in t, sorted(t, reverse=True)[:3])
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return self.w * self.h
r = Range2D(3, 2)
print(list(r), len(r), list(r)[-1])
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]
p = Paginator(list(range(10)), 4)
print(list(p.pages()), [len(pg) for pg in p.pages()])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), list(zip(Fib(10), "abcdefgh")))
class Lines:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        return (line.strip() for line in self.text.splitlines() if line.strip())
print(list(Lines("  a\n\n b \nc  ")), dict(enumerate(Lines("x\ny"))))
def walk(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(list(walk({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4})))
