# functools: singledispatch with register(cls) and register(cls, func).
from functools import singledispatch


@singledispatch
def describe(x):
    return 'object %r' % (x,)


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


def describe_str(x):
    return 'str ' + x


describe.register(str, describe_str)
print(describe(3), describe(True), describe([1, 2]), describe('s'), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float).__name__)
