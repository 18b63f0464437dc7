# Closures as callbacks: event registries, unsubscribe handles, closures capturing loop state safely.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)
        def off():
            self.handlers[event].remove(fn)
        return off
    def emit(self, event, *args):
        return [h(*args) for h in list(self.handlers.get(event, []))]
em = Emitter()
log = []
def make_logger(prefix):
    def handler(*args):
        log.append(f"{prefix}:{','.join(map(str, args))}")
        return prefix
    return handler
offs = [em.on("data", make_logger(p)) for p in ("a", "b", "c")]
print(em.emit("data", 1, 2), log)
offs[1]()
print(em.emit("data", 3), log[-2:])
print(em.emit("none"))
counter = {"n": 0}
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*a)
        return result
    return wrapper
@once
def init(x):
    counter["n"] += 1
    return x * 10
print(init(1), init(2), counter)
def debounce_like():
    calls = []
    last = None
    def call(v):
        nonlocal last
        if v != last:
            calls.append(v)
            last = v
        return list(calls)
    return call
d = debounce_like()
for v in [1, 1, 2, 2, 2, 1, 3, 3]:
    r = d(v)
print(r)
buttons = []
for label in ["ok", "cancel", "help"]:
    buttons.append(lambda label=label: f"clicked {label}")
print([b() for b in buttons])
late = [lambda: label for label in ["x", "y"]]
print([f() for f in late])
def accumulator(start):
    total = start
    def add(n=0):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(10), acc(-30), acc(), accumulator(0)(5))
def pipeline(*stages):
    def run(value):
        for s in stages:
            value = s(value)
        return value
    return run
print(pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))("  Hello World  "))
