# A call with too many arguments.
def pair(a, b):
    return a, b

pair(1, 2, 3)
