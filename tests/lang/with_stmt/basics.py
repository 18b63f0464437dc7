# with: __enter__ result binding, __exit__ arguments, suppression, multiple items.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r}")
        return self.suppress
with CM("a") as v:
    log.append("body " + v)
print(log); log.clear()
with CM("a") as x, CM("b") as y:
    log.append(x + y)
print(log); log.clear()
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed", log); log.clear()
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), log)
log.clear()
try:
    with CM("outer"), CM("inner", suppress=True):
        1 / 0
    print("inner suppressed", log)
except ZeroDivisionError:
    print("wrong")
log.clear()
def f():
    with CM("r"):
        return "returned"
print(f(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
with CM("t") as (p):
    print(p)
