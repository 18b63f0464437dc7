# global/nonlocal state shared with generators and nested closures; rebinding vs mutation.
events = []
total = 0
def producer(n):
    global total
    for i in range(n):
        total += i
        events.append(("produce", i))
        yield i
def consume():
    s = 0
    for v in producer(4):
        s += v
    return s
print(consume(), total, len(events))
def make_gen_counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen(), peek
g, peek = make_gen_counter()
print(next(g), next(g), peek(), next(g), peek())
def outer():
    items = []
    def add(x):
        items.append(x)
    def reset():
        nonlocal items
        items = []
    def get():
        return items
    return add, reset, get
add, reset, get = outer()
add(1); add(2)
before = get()
reset()
add(3)
print(before, get(), before is get())
state = {"n": 0}
def mutate():
    state["n"] += 1
def rebind():
    global state
    state = {"n": 100}
mutate(); mutate()
print(state)
rebind()
mutate()
print(state)
def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 10
            return x
        return level3()
    r = level2()
    return r, x
print(level1())
def gen_with_global():
    global total
    total = 0
    while True:
        total += 1
        yield total
gg = gen_with_global()
print([next(gg) for _ in range(3)], total)
