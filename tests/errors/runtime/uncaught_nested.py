# An exception raised three calls deep and never caught.
def c(x):
    return 10 // x

def b(x):
    return c(x - 1) * 2

def a(x):
    return b(x) + 1

print('before')
print(a(1))
print('never')
