# send()-driven coroutines chained into a pipeline: filter -> transform -> sink, with priming and close.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def sink(store):
    try:
        while True:
            item = yield
            store.append(item)
    except GeneratorExit:
        store.append("<closed>")
@coroutine
def transform(fn, target):
    try:
        while True:
            item = yield
            target.send(fn(item))
    finally:
        target.close()
@coroutine
def keep(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()
out = []
head = keep(lambda x: x % 3 != 0, transform(lambda x: x * 10, sink(out)))
for i in range(10):
    head.send(i)
head.close()
print(out)
@coroutine
def running_stats():
    n = total = 0
    result = None
    while True:
        x = yield result
        if x is None:
            break
        n += 1
        total += x
        result = (n, total, total / n)
    return ("final", n, total)
rs = running_stats()
print([rs.send(v) for v in (4, 8, 15, 16)])
try:
    rs.send(None)
except StopIteration as e:
    print(e.value)
@coroutine
def tokenizer(target):
    buf = ""
    while True:
        chunk = yield
        buf += chunk
        while " " in buf:
            word, buf = buf.split(" ", 1)
            if word:
                target.send(word)
words = []
tok = tokenizer(sink(words))
for chunk in ["hel", "lo wor", "ld  and", " more "]:
    tok.send(chunk)
print(words)
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
            received.append(v)
        except ValueError as e:
            received.append(f"err:{e}")
            yield "recovered"
e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), next(e), e.send("b"))
