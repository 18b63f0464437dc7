# Enums with methods, properties, class methods, and tuple values passed to
# a custom __init__.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s: %.2f m/s2" % (self.name.title(), self.surface_gravity)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "kg"


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 3))
for p in Planet:
    print(p.describe())
print(Planet.heaviest(), Planet.unit(), Planet.EARTH.unit())
print(Planet((5.976e+24, 6.37814e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __repr__(self):
        return "Status(" + self.value + ")"

    def is_on(self):
        return self is Status.ACTIVE


print(repr(Status.ACTIVE), Status("inactive").is_on(), Status.ACTIVE.is_on(), [Status.ACTIVE])
