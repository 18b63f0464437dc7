# Subclasses of list, dict, set, tuple: constructors, __init__ overrides, result types.
def show(s):
    return type(s).__name__ + str(sorted(s))
class D(dict):
    pass
dd = D(a=1)
dd['b'] = 2
print(dd, type(dd).__name__, type(dd.copy()).__name__, type(dd | {}).__name__, isinstance(dd, dict))
class Init(dict):
    def __init__(self, n):
        super().__init__(('k%d' % i, i) for i in range(n))
print(Init(3))
class S(set):
    pass
ss = S([1, 2])
print(type(ss).__name__, show(ss | {3}), show(ss.copy()), isinstance(ss, set))
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b] * 2)
l = L(1, 2)
print(l, type(l).__name__, type(l[:]).__name__, type(l + l).__name__, len(l))
class L2(list):
    pass
print(L2('abc'), L2(x for x in range(3)), type(L2()).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
t = T(1, 2)
print(t, type(t).__name__, t[0], t == (1, 2), isinstance(t, tuple))
class F(frozenset):
    pass
print(show(F([3, 1])), show(F([1]) | {2}))
