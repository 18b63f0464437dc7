# Assignment anywhere in a function makes a name local to all of it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(f())
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
g()
def h():
    try:
        print(undefined_name)
    except NameError as e:
        print('NameError:', e)
h()
def k():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(k())
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    w = 1
    return inner()
print(outer())
