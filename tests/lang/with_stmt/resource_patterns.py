# Context-manager classes in realistic patterns: transactions with rollback, suppress, redirect-like
# capture, timers with fake clocks, reentrant locks counting depth.
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", et.__name__, ev)
        else:
            print("committed", sorted(self.store.items()))
        return False
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
try:
    with Transaction(db) as s:
        s["c"] = 3
        s["a"] = 100
        raise RuntimeError("disk full")
except RuntimeError:
    pass
print(db)
class suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = et.__name__ if et else None
        return et is not None and issubclass(et, self.excs)
with suppress(KeyError, IndexError) as sp:
    [][1]
print("suppressed", sp.caught)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", type(e).__name__)
class Capture:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
with Capture() as cap:
    print("into capture", 1, 2, file=cap)
    print("second", file=cap, end="!\n")
print(cap.lines)
class FakeClock:
    def __init__(self):
        self.t = 100
    def tick(self, n):
        self.t += n
class Timer:
    def __init__(self, clock):
        self.clock = clock
    def __enter__(self):
        self.start = self.clock.t
        return self
    def __exit__(self, *a):
        self.elapsed = self.clock.t - self.start
clock = FakeClock()
with Timer(clock) as tm:
    clock.tick(7)
    with Timer(clock) as inner:
        clock.tick(3)
print(tm.elapsed, inner.elapsed)
class RLock:
    def __init__(self):
        self.depth = 0
        self.max_depth = 0
    def __enter__(self):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
lock = RLock()
def recurse(n):
    with lock:
        if n:
            recurse(n - 1)
recurse(4)
print(lock.depth, lock.max_depth)
