# A metaclass's __new__ and __init__ run for the class statement and for
# subclasses, which inherit the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    x = 1

    def hello(self):
        return "hello from " + type(self).__name__


class Child(Base):
    y = 2


print(type(Base) is Meta, type(Child) is Meta)
print(isinstance(Base, Meta), isinstance(Child, type), isinstance(Base(), Meta))
print(Base.created_by, Child.created_by, Child.x, Child.y)
print(Child().hello())
print(Base.__name__, Child.__mro__ == (Child, Base, object))
print(type(Meta) is type, Meta.__mro__ == (Meta, type, object))
print(repr(Base).startswith("<class '"), repr(Base))
print(issubclass(Meta, type), issubclass(Child, Base))
