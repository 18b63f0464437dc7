# The class's metaclass is the most derived one among the explicit
# metaclass and the bases' metaclasses; unrelated metaclasses conflict.
class MetaA(type):
    pass


class MetaB(type):
    pass


class MetaAB(MetaA, MetaB):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class D(A, B, metaclass=MetaAB):
    pass


print(type(D).__name__)


class SubA(MetaA):
    pass


class E(A, metaclass=type):
    pass


print(type(E).__name__)


class F(metaclass=SubA):
    pass


class G(F, A):
    pass


print(type(G).__name__)
try:
    class H(A, metaclass=MetaB):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
print(type(type("Y", (A,), {})).__name__)
