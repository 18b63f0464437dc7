# Generator methods: send(), throw(), close(), GeneratorExit, return values via StopIteration.
def averager():
    total, count = 0, 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (total, count)
        total += x
        count += 1
        avg = total / count
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def guarded():
    try:
        while True:
            try:
                yield "ok"
            except ValueError as e:
                yield f"handled {e}"
    finally:
        print("cleanup ran")
g3 = guarded()
print(next(g3), g3.throw(ValueError("bad")), next(g3))
try:
    g3.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g3))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g4 = closer()
next(g4)
g4.close()
g4.close()
print(list(g4))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g5 = stubborn()
next(g5)
try:
    g5.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def fresh():
    yield 1
g6 = fresh()
g6.close()
print(next(g6, "closed before start"))
def selfref():
    yield g7.send(None) if False else next(g7)
g7 = selfref()
try:
    next(g7)
except ValueError as e:
    print(type(e).__name__, e)
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
