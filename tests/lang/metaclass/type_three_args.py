# type(name, bases, dict) builds a class like the class statement does.
def greet(self):
    return "hi, I am " + self.name


Person = type("Person", (), {"greet": greet, "species": "human", "__init__": lambda self, n: setattr(self, "name", n)})
p = Person("Ada")
print(p.greet(), Person.species, type(p).__name__, Person.__bases__ == (object,))
print(repr(Person), Person.__module__, Person.__qualname__)

Student = type("Student", (Person,), {"school": "MIT", "greet": lambda self: Person.greet(self) + " (student)"})
s = Student("Bob")
print(s.greet(), s.school, s.species, isinstance(s, Person), Student.__mro__ == (Student, Person, object))
print(type(Student) is type, type(type("X", (), {})) is type)

ns = {"v": 1}
C = type("C", (), ns)
ns["v"] = 2
print(C.v)

Empty = type("Empty", (object,), {})
print(Empty.__name__, Empty().__class__ is Empty)
E2 = type("E2", (ValueError,), {"code": 7})
try:
    raise E2("bad")
except ValueError as e:
    print(type(e).__name__, e, e.code)

for args in [("x", [], {}), (1, (), {}), ("x", (), []), ("x", 1), ("a", "b", "c", "d")]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type(5) is int, type("s"), type(None))
