# Cleanup order with nested try/finally across function calls, generators and loops.
log = []
def inner(fail):
    try:
        log.append("inner body")
        if fail:
            raise ValueError("inner failed")
        return "inner result"
    finally:
        log.append("inner finally")
def middle(fail):
    try:
        return inner(fail)
    finally:
        log.append("middle finally")
def outer(fail):
    try:
        try:
            return middle(fail)
        except ValueError as e:
            log.append(f"outer caught {e}")
            return "recovered"
    finally:
        log.append("outer finally")
print(outer(False), log)
log.clear()
print(outer(True), log)
log.clear()
def gen():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f"item {i} done")
    finally:
        log.append("gen finally")
g0 = gen()
for v in g0:
    if v == 1:
        break
print(log)
g0.close()
print(log)
log.clear()
g = gen()
print(next(g), next(g))
g.close()
print(log)
log.clear()
def loop_with_finally():
    for i in range(4):
        try:
            if i == 2:
                return i
        finally:
            log.append(f"iteration {i}")
print(loop_with_finally(), log)
log.clear()
def exception_in_finally_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            log.append("cleanup starts")
            raise ValueError("cleanup failed")
    except ValueError as e:
        return f"{e} (context: {e.__context__!r})"
print(exception_in_finally_replaces(), log)
def counter():
    n = 0
    try:
        while True:
            n += 1
            if n == 5:
                break
    finally:
        n *= 100
    return n
print(counter())
