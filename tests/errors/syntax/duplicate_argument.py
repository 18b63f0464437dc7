# The same parameter twice.
def f(a, a):
    pass
