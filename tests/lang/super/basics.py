# super() in methods, __init__ chains, classmethods and explicit two-argument form.
class Base:
    def __init__(self, x):
        self.x = x
        self.trail = ["Base"]
    def describe(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls, x):
        return cls(x)
    def greet(self):
        return "hello from Base"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        self.trail.append("Child")
    def describe(self):
        return "Child<" + super().describe() + f",{self.y}>"
    @classmethod
    def make(cls, x):
        obj = super().make(x) if False else cls(x, 0)
        return obj
class Grand(Child):
    def __init__(self):
        super(Grand, self).__init__(1, 2)
        self.trail.append("Grand")
    def describe(self):
        return "Grand[" + super().describe() + "]"
    def greet(self):
        return super(Child, self).greet() + " via Grand"
g = Grand()
print(g.trail, g.describe(), g.greet())
print(Child.make(5).describe(), type(Child.make(5)).__name__)
print(Base.make(3).describe())
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
print(B().who(), super(B, B()).who())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    def __init__(self):
        super().__init__()
        super().__init__()
Sub()
print(Sub.count, Counter.count)
class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("abc").upper(), len(S("abc")))
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L([1])
l.append(5)
print(l, isinstance(l, list))
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
