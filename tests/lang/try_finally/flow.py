# finally always runs: on normal exit, exceptions, return, break and continue.
def f(mode):
    trace = []
    try:
        trace.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return trace + ["returned"]
    except ValueError:
        trace.append("except")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    return trace
for m in ("normal", "raise", "return"):
    print(m, f(m))
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(swallow())
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("caught " + str(e))
    finally:
        log.append("outer finally")
    return log
print(nested())
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
    finally:
        pass
print(count)
