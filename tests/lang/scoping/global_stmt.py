# global declarations, shadowing, module-level state.
count = 0
def bump():
    global count
    count += 1
    return count
print(bump(), bump(), count)
def shadow():
    count = 'local'
    return count
print(shadow(), count)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
x = 'module'
def read():
    return x
def nested():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(read(), nested())
def g2():
    global x
    x = 'rebound'
g2()
print(x, read())
def uses_builtin():
    return len('abc')
len_backup = len
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadow_builtin(), len('xy'))
for loop_var in range(3):
    pass
print(loop_var)
