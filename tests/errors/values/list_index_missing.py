# list.index of a missing value.
queue = ["a", "b", "c"]
print(queue.index("b"))
print(queue.index("z"))
