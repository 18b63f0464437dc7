# Annotated assignments: module and class bodies evaluate the annotation and record it in
# __annotations__ (created when the body starts); function bodies never evaluate it.
print(__annotations__)
log = []
def note(tag):
    log.append(tag)
    return tag
count: note("int") = note("value")
label: note("str")
print(log, __annotations__)
try:
    print(label)
except NameError as e:
    print(type(e).__name__, e)
if count:
    nested: note("in-if") = 1
for _ in range(1):
    looped: list[int] = []
print(list(__annotations__), nested, looped)

class Rec:
    name: str
    age: int = 0
    tags: "list[str]" = []
    def method(self) -> None:
        local: undefined_name_is_never_evaluated = 5
        return local
print(Rec.__annotations__, Rec.age, hasattr(Rec, "name"), Rec().method())
print(list(Rec.__dict__)[:3])

class Child(Rec):
    extra: bool = True
print(Child.__annotations__, Child.age)

class Plain:
    pass
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
Plain.__annotations__["late"] = int
print(Plain.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)

class Obj:
    pass
o = Obj()
o.attr: int = 3
items = {}
items["k"]: str = "v"
print(o.attr, items, "attr" in __annotations__)
try:
    missing.attr: int
except NameError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        x: undefined_in_class_body = 1
except NameError as e:
    print(type(e).__name__, e)
def f():
    x: int = 1
    y: str
    return x
print(f(), f.__annotations__)
