# global after the name was used.
def f():
    print(g)
    global g
