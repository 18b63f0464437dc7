# Generators (next milestone): laziness and interleaving of generator pipelines.
log = []
def source():
    for i in range(4):
        log.append('produce %d' % i)
        yield i
def double(it):
    for x in it:
        log.append('double %d' % x)
        yield x * 2
pipeline = double(source())
print(log)
print(next(pipeline), log)
print(list(pipeline))
print(log)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x for x in naturals() if x % 3 == 0))))
