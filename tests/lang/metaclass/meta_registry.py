# A common pattern: a metaclass registering classes, validating them and
# adding methods.
class Validated(type):
    registry = []

    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())
        for f in fields:
            if not f.isidentifier():
                raise ValueError("bad field name: " + repr(f))

        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError("%s expects %d values, got %d" % (name, len(fields), len(args)))
            for f, v in zip(fields, args):
                setattr(self, f, v)

        def __repr__(self):
            return "%s(%s)" % (name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))

        if fields:
            ns["__init__"] = __init__
            ns["__repr__"] = __repr__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls


class Record(metaclass=Validated):
    pass


class Point(Record):
    fields = ("x", "y")


class Person(Record):
    fields = ("name", "age")

    def adult(self):
        return self.age >= 18


print(Point(1, 2), Person("Ann", 30), Person("Kid", 9).adult())
print(Validated.registry)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    class Broken(Record):
        fields = ("ok", "not ok")
except ValueError as e:
    print("ValueError:", e)
print(Validated.registry)
