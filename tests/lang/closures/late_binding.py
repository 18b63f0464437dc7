# Closures bind names, not values: the loop late-binding pitfall and its fixes.
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(4)]
print([f() for f in fs2])
def make(i):
    return lambda: i * 10
fs3 = [make(i) for i in range(4)]
print([f() for f in fs3])
fs4 = [lambda: j for j in range(3)]
print([f() for f in fs4])
x = 1
def read_x():
    return x
x = 2
print(read_x())
def outer():
    v = 'first'
    def show():
        return v
    v = 'second'
    return show
print(outer()())
