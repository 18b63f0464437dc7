import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(frozenset([1])))
d = {'a': [1], 'b': (2,)}
d2 = copy.deepcopy(d)
d2['a'].append(2)
print(d, d2)
print(copy.copy(5), copy.deepcopy('s'), copy.deepcopy(None), copy.copy(len) is len, copy.deepcopy(range(3)))

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
dd = {}
dd['self'] = dd
print(copy.deepcopy(dd)['self'] is not dd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point([1], 2)
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
p.x.append(9)
print(p, p1, p2, type(p2).__name__, p1.x is p.x, p2.x is p.x)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None


n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('copy hook')
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return Hooked(self.v * 10)


h = Hooked(3)
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[0].v)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)


class Empty:
    pass


e = Empty()
print(type(copy.copy(e)).__name__, copy.deepcopy(e) is not e)


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a, 'extra': 'state'}

    def __setstate__(self, state):
        self.restored = state


w = copy.deepcopy(WithState())
print(w.restored)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
err = copy.deepcopy(ValueError('bad', 2))
print(type(err).__name__, err.args)
