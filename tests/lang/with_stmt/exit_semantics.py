# __exit__ truthiness, exceptions raised inside __exit__/__enter__, nested with order.
order = []
class Tracer:
    def __init__(self, tag, ret=None, fail_enter=False, fail_exit=False):
        self.tag, self.ret, self.fail_enter, self.fail_exit = tag, ret, fail_enter, fail_exit
    def __enter__(self):
        order.append("in:" + self.tag)
        if self.fail_enter:
            raise RuntimeError("enter " + self.tag)
        return self
    def __exit__(self, *exc):
        order.append("out:" + self.tag + ":" + (exc[0].__name__ if exc[0] else "-"))
        if self.fail_exit:
            raise LookupError("exit " + self.tag)
        return self.ret
for ret in (None, 0, "", [], 1, "yes", [0]):
    try:
        with Tracer("r", ret=ret):
            raise ValueError
        print(repr(ret), "suppressed")
    except ValueError:
        print(repr(ret), "raised")
order.clear()
try:
    with Tracer("a"), Tracer("b", fail_enter=True), Tracer("c"):
        order.append("body")
except RuntimeError as e:
    print("enter failure:", e, order)
order.clear()
try:
    with Tracer("x", fail_exit=True):
        raise ValueError("orig")
except LookupError as e:
    print("exit replaced:", e, type(e.__context__).__name__, order)
order.clear()
with Tracer("p"):
    with Tracer("q"):
        with Tracer("r"):
            order.append("deep")
print(order)
order.clear()
def gen():
    with Tracer("g"):
        yield 1
        yield 2
for v in gen():
    order.append(v)
print(order)
order.clear()
g = gen()
next(g)
g.close()
print(order)
