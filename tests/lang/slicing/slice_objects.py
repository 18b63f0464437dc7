# slice() objects: attributes, indices(), use as subscripts, repr and equality.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(5).start, slice(5).stop, slice(5).step)
print(slice(None, None, -1))
data = "abcdefghij"
print(data[s], list(range(20))[s])
print(s.indices(5))
print(s.indices(100))
print(slice(None, None, -1).indices(10))
print(slice(-3, None).indices(10))
print(slice(-100, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(repr(slice("a", "b")))
try:
    slice(0, 10, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
rev = slice(None, None, -1)
print(data[rev], (1, 2, 3)[rev], list(range(4))[rev])
print(range(10)[s], range(10)[rev])
print(range(0, 100, 7)[2:5], range(0, 100, 7)[::-2])
class Seq:
    def __getitem__(self, key):
        return ("slice", key.start, key.stop, key.step) if isinstance(key, slice) else ("idx", key)
q = Seq()
print(q[1:2], q[::3], q[5], q[:], q[1:2:3])
print(q[-1:], q["a":"b"])
