# a_list.append(x) on an exact list is done inline (Intrinsic::ListAppend);
# every other way to reach list.append must behave as the method.
a = []
for i in range(10):
    a.append(i * i)
print(a, a.append(99), len(a))
append = a.append
append("bound")
list.append(a, "unbound")
print(a[-3:])


class MyList(list):
    def append(self, x):
        list.append(self, ("wrapped", x))


class Counting(list):
    pass


m = MyList()
m.append(1)
c = Counting()
c.append(2)
print(m, c, type(c).__name__)


class HasAppend:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)


h = HasAppend()
h.append(21)
print(h.items)
for bad in [lambda: a.append(), lambda: a.append(1, 2), lambda: list.append(a),
            lambda: list.append((), 1), lambda: list.append(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
nested = []
nested.append(nested)
print(nested, len(nested[0][0]))
big = []
for i in range(100000):
    big.append(i)
print(len(big), sum(big))
