"""Abstract base classes: ABC, ABCMeta, abstractmethod.

capy's own version of CPython's abc module. ABCMeta computes a class's
__abstractmethods__ (a frozenset of names) when the class is built; storing
it marks the class abstract in the VM, and object.__new__ then refuses to
instantiate it with CPython's exact message ("Can't instantiate abstract
class Shape with abstract method area").

Not provided: ABCMeta.register and virtual subclasses (the VM has no
__instancecheck__/__subclasscheck__ hooks), and the ABC caches.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods cannot be
    instantiated until a subclass overrides them all."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        return cls


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ after methods were added to or
    removed from an abstract class after its creation."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    items = []
    for name in dir(cls):
        value = getattr(cls, name, None)
        items.append((name, value))
    cls.__abstractmethods__ = _abstract_names(cls, items, ())
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from ABC to make an abstract base class."""
