"""Abstract base classes: ABC, ABCMeta, abstractmethod.

capy's own version of CPython's abc module. ABCMeta computes a class's
__abstractmethods__ (a frozenset of names) when the class is built; storing
it marks the class abstract in the VM, and object.__new__ then refuses to
instantiate it with CPython's exact message ("Can't instantiate abstract
class Shape with abstract method area").

Virtual subclasses: ABCMeta.register(C) records C, and the metaclass's
__instancecheck__/__subclasscheck__ (which isinstance()/issubclass() call)
accept registered classes, their subclasses, the classes a
__subclasshook__ accepts, and those registered with an ABC's subclasses.
capy keeps strong references and no negative cache (CPython uses weak sets
and caches: the answers are the same).
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


class _AbcData:
    """An ABC's registered virtual subclasses, and its real subclasses that
    are ABCs (whose registrations count for it too; capy has no
    __subclasses__)."""
    __slots__ = ('registry', 'subclasses')

    def __init__(self):
        self.registry = []
        self.subclasses = []


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _AbcData()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it, so that it
        can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        impl = cls.__dict__.get('_abc_impl')
        if impl is None:
            return False
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                return True
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                return True
        return False


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
