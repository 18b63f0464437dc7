# Traceback through a lambda used as a sort key and the function it calls.
def key(v):
    return 10 // v
data = [3, 1, 0]
print(sorted(data, key=lambda v: key(v)))
