# abc: ABCMeta.register (virtual subclasses), __subclasshook__, and metaclass __instancecheck__/__subclasscheck__.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq:
    def area(self): return 4
print(isinstance(Sq(), Shape), issubclass(Sq, Shape))
r = Shape.register(Sq)
print(r is Sq, isinstance(Sq(), Shape), issubclass(Sq, Shape), Sq in Shape.__mro__)
class Sub(Shape):
    def area(self): return 1
class Other: pass
Sub.register(Other)
print(issubclass(Other, Sub), issubclass(Other, Shape), isinstance(Other(), Shape))
class SubSq(Sq): pass
print(issubclass(SubSq, Shape), isinstance(SubSq(), Shape))
try:
    Shape.register(3)
except TypeError as e: print(type(e).__name__, e)
try:
    Sub.register(Shape)
except RuntimeError as e: print(type(e).__name__, e)
print(Shape.register(Sub) is Sub)
Shape.register(int)
print(isinstance(3, Shape), isinstance(True, Shape), isinstance("x", Shape), isinstance(3, (str, Shape)))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is float
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(float, Magic), issubclass(int, Magic), isinstance(Magic(), Magic))
try:
    issubclass(3, Shape)
except TypeError as e: print(type(e).__name__, e)
@Shape.register
class Deco: pass
print(issubclass(Deco, Shape))
try:
    Shape()
except TypeError as e: print(type(e).__name__, e)
