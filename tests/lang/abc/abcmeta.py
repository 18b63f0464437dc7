# ABCMeta used directly, type(ABC), concrete ABCs, super() calls into an
# abstract method's default body.
from abc import ABC, ABCMeta, abstractmethod


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"


class Impl(Base):
    def run(self):
        return "impl + " + super().run()


print(Impl().run(), type(Base) is ABCMeta, type(ABC) is ABCMeta, type(Impl).__name__)
print(isinstance(Impl(), Base), issubclass(Impl, ABC), issubclass(Impl, Base))


class Concrete(ABC):
    def hello(self):
        return "hello"


print(Concrete().hello(), Concrete.__abstractmethods__ == frozenset())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Many(ABC):
    @abstractmethod
    def c(self): ...

    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...


try:
    Many()
except TypeError as e:
    print("TypeError:", e)


class Plain:
    @abstractmethod
    def f(self):
        return 1


print(Plain().f(), Plain.f.__isabstractmethod__)
