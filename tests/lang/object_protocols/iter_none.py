# Setting a protocol method to None blocks the protocol (and its fallbacks) with CPython's message.
class NotIterable:
    __iter__ = None
for op in (lambda: iter(NotIterable()), lambda: list(NotIterable()), lambda: 1 in NotIterable(),
           lambda: [x for x in NotIterable()]):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
