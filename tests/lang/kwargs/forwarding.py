# Forwarding *args/**kwargs through wrappers, partial application, keyword merging and conflicts.
def target(a, b=0, *rest, flag=False, **extra):
    return {"a": a, "b": b, "rest": rest, "flag": flag, "extra": extra}
def passthrough(*args, **kwargs):
    return target(*args, **kwargs)
print(passthrough(1))
print(passthrough(1, 2, 3, 4, flag=True, color="red"))
print(passthrough(b=5, a=6))
def with_defaults(*args, **kwargs):
    kwargs.setdefault("flag", "default-flag")
    return target(*args, **kwargs)
print(with_defaults(1), with_defaults(1, flag=None)["flag"])
def add_prefix(*args, **kwargs):
    return target("prefix", *args, **kwargs)
print(add_prefix(9, 10))
try:
    add_prefix(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def logger(fn):
    calls = []
    def wrapped(*a, **k):
        calls.append((a, tuple(sorted(k.items()))))
        return fn(*a, **k)
    wrapped.calls = calls
    return wrapped
t = logger(target)
t(1, flag=True)
t(2, 3, z=9)
print(t.calls)
def merge_options(base, **overrides):
    return {**base, **overrides}
print(merge_options({"x": 1, "y": 2}, y=20, z=30))
def only_kwargs(**kw):
    return kw
args = {"alpha": 1, "beta": 2}
print(only_kwargs(**args, gamma=3), args)
try:
    only_kwargs(**args, alpha=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kwargs(**{1: "non-string key"})
except TypeError as e:
    print(type(e).__name__, e)
def positional_only_like(*args):
    if len(args) != 2:
        raise TypeError(f"expected 2 positional arguments, got {len(args)}")
    return args
print(positional_only_like(1, 2))
try:
    positional_only_like(1)
except TypeError as e:
    print(type(e).__name__, e)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
