# Recursion through generators (each `yield from` resumes a generator from
# native code): RecursionError, never a native stack overflow.
# exit: 1
# stderr-contains: RecursionError: maximum recursion depth exceeded
# max-seconds: 10
def gen(n):
    yield from gen(n + 1)

def gen2(n):
    for x in gen2(n + 1):
        yield x

try:
    next(gen2(0))
except RecursionError:
    print("gen2 RecursionError")
next(gen(0))
