# An exception raised by __repr__ while printing a list.
class A:
    def __repr__(self):
        raise RuntimeError("repr failed")
print([A()])
