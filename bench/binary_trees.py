# binary_trees: allocation and GC pressure (after the binary-trees
# benchmark). Builds many short-lived complete trees of small objects and
# walks them; the cost is allocation, attribute access and collection.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def main():
    max_depth = 13
    stretch = make(max_depth + 1).check()
    print("stretch", max_depth + 1, stretch)
    long_lived = make(max_depth)
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        total = 0
        for _ in range(iterations):
            total += make(depth).check()
        print("depth", depth, iterations, total)
    print("long lived", max_depth, long_lived.check())


main()
