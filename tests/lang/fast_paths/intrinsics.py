# len() and isinstance() are answered inline by CALL for exact built-in
# containers and plain classes; everything else must reach the builtins
# with their full behaviour (dunders, metaclass hooks, errors), and a
# script's own `len` or `isinstance` must be called as itself.
from abc import ABC, ABCMeta


class L(list):
    def __len__(self):
        return 42


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class M(metaclass=Meta):
    pass


class Base(ABC):
    pass


class Impl:
    pass


Base.register(Impl)


class Sub(int):
    pass


def lengths():
    print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(frozenset([1])))
    print(len(L([1, 2])), len(Sized()), len(b"ab"), len(bytearray(3)), len(range(10)))
    for bad in [BadLen(), 5, None, Impl()]:
        try:
            print(len(bad))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    for args in [(), (1, 2)]:
        try:
            print(len(*args))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(len(obj=[1]))
    except TypeError as e:
        print("TypeError:", e)


def instances():
    print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(Sub(3), int))
    print(isinstance("x", str), isinstance("x", (int, str)), isinstance([], (int, float)))
    print(isinstance("magic", M), isinstance("other", M), isinstance(M(), M))
    print(isinstance(Impl(), Base), isinstance(3, Base), isinstance(None, type(None)))
    print(isinstance(int, type), isinstance(M, Meta), isinstance(M, type), isinstance(3, object))
    print(isinstance(1, int | str), isinstance(1.5, int | None))
    try:
        isinstance(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance(1)
    except TypeError as e:
        print("TypeError:", e)


def shadowed():
    def len(x):
        return "my len of " + repr(x)

    print(len([1, 2]))
    isinstance = lambda a, b: "my isinstance"
    print(isinstance(1, int))


def global_shadow():
    print(len([1, 2, 3]))


lengths()
instances()
shadowed()
len = lambda x: "global len"
global_shadow()
del len
global_shadow()
