# Unpacking more values than targets.
def pair():
    return 1, 2, 3
x, y = pair()
