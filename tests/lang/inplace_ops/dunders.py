# In-place operators: __iadd__ etc., fallback to __add__, aliasing effects on mutables.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, alias is a)
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
p = Plain(1)
q = p
p += 10
print(p.v, q.v, p is q)
class NoneReturn:
    def __iadd__(self, o):
        pass
n = NoneReturn()
n += 1
print(n)
lst = [1]
ref = lst
lst += [2]
lst *= 2
print(lst, ref, lst is ref)
t = (1,)
tref = t
t += (2,)
print(t, tref, t is tref)
s = "ab"
s *= 3
s += "!"
print(s)
st = {1}
sref = st
st |= {2}
st &= {2, 3}
st ^= {5}
st -= {5}
print(st, sref is st)
d = {"a": 1}
dref = d
d |= {"b": 2}
print(d, dref is d)
x = 7
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; x &= 0b1111; x ^= 0b101; print(x)
f = 1.5
f /= 0.5; print(f)
class Lst(list):
    pass
l = Lst([1])
l += [2]
print(type(l).__name__, l)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
try:
    z = None
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
