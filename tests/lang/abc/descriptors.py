# Abstract properties, classmethods and staticmethods.
from abc import ABC, abstractmethod


class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @staticmethod
    @abstractmethod
    def legs():
        ...

    def speak(self):
        return "%s says %s on %d legs" % (self.kind(), self.sound, self.legs())


try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Dog(Animal):
    @property
    def sound(self):
        return "woof"

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def legs():
        return 4


print(Dog().speak(), sorted(Animal.__abstractmethods__), len(Dog.__abstractmethods__))


class Partial(Animal):
    sound = "meow"


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
