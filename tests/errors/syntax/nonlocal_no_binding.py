# nonlocal naming a variable no enclosing function has.
def f():
    nonlocal q
    q = 1
