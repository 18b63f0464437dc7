# Class vs instance attributes: lookup order, shadowing, shared mutable class attributes.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("rex"), Dog("fido")
print(a.species, Dog.species, a.count, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
Dog.species = "canis lupus"
print(a.species, b.species)
b.count += 10
print(b.count, Dog.count, a.count)
try:
    del a.species
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(a, "color", "brown")
print(getattr(a, "color"), getattr(b, "color", "none"), hasattr(a, "color"), hasattr(b, "color"))
delattr(a, "color")
print(hasattr(a, "color"))
Dog.legs = 4
print(a.legs, getattr(Dog, "legs"))
class Puppy(Dog):
    species = "canis minor"
p = Puppy("bit")
print(p.species, p.count, Dog.count, Puppy.count, p.tricks is Dog.tricks)
Puppy.count = 100
print(Puppy.count, Dog.count)
print(sorted(k for k in a.__dict__), a.__dict__["name"])
a.__dict__["extra"] = 1
print(a.extra)
print(type(a).__name__, a.__class__ is Dog, Dog.__name__, Puppy.__bases__[0].__name__)
