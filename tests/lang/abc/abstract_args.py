# The abstract check happens whatever arguments are passed, and for
# subclasses defining __init__; a concrete subclass clears it.
from abc import ABC, abstractmethod


class Repo(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def get(self, key):
        raise NotImplementedError

    @abstractmethod
    def put(self, key, value):
        raise NotImplementedError


for args in [(), ("db",), ("db", 1)]:
    try:
        Repo(*args)
    except TypeError as e:
        print("TypeError:", e)


class MemRepo(Repo):
    def __init__(self, name):
        super().__init__(name)
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        self.data[key] = value


r = MemRepo("mem")
r.put("a", 1)
print(r.name, r.get("a"), r.get("b"))


class Later(Repo):
    pass


Later.get = lambda self, k: k
Later.put = lambda self, k, v: None
try:
    Later("x")
except TypeError as e:
    print("TypeError:", e)
Later.__abstractmethods__ = frozenset()
print(Later("x").get(5))
