# continue outside any loop.
def f():
    continue
