# functools: wraps/update_wrapper, cmp_to_key, total_ordering, cached_property, singledispatch.
import functools
from functools import wraps, update_wrapper, cmp_to_key, total_ordering


def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper


@trace
def greet(name):
    """Say hello."""
    return 'hello ' + name


print(greet('bob'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__('x'))


def target():
    "target doc"


target.custom = 42


def shim():
    pass


result = update_wrapper(shim, target)
print(result is shim, shim.__name__, shim.__doc__, shim.custom, shim.__wrapped__ is target)


def other():
    pass


update_wrapper(other, target, assigned=('__doc__',), updated=())
print(other.__name__, other.__doc__, hasattr(other, 'custom'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def compare_len(a, b):
    return len(a) - len(b)


words = ['ccc', 'a', 'bb', 'dddd', 'e']
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=cmp_to_key(compare_len), reverse=True))
print(max(words, key=cmp_to_key(compare_len)), min([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(key(1) < key(2), key(1) > key(2), key(2) == key(2), key(1) <= key(1), key(3) >= key(4))
print(key(7).obj)
try:
    key(1) < 2
except TypeError as e:
    print('TypeError', e)
try:
    hash(key(1))
except TypeError as e:
    print('TypeError unhashable')


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return 'V%d' % self.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= Version(2), a == Version(1))
print(sorted([Version(3), a, b]), max(a, b))
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(2), Rev(1) > Rev(2))


@total_ordering
class Le:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n


print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2))
print(Version.__gt__.__name__, Rev.__lt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)
