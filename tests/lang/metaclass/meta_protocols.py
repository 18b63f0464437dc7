# Operations on a class dispatch on its metaclass: iter, len, in, [], repr,
# str, bool.
class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls.items))

    def __len__(cls):
        return len(cls.items)

    def __contains__(cls, x):
        return x in cls.items

    def __getitem__(cls, key):
        return cls.items[key]

    def __repr__(cls):
        return "<registry " + cls.__name__ + ">"

    def __bool__(cls):
        return bool(cls.items)


class Fruits(metaclass=Registry):
    items = {"banana": 3, "apple": 5, "cherry": 7}


class Empty(metaclass=Registry):
    items = {}


print(list(Fruits), len(Fruits), len(Empty))
print("apple" in Fruits, "kiwi" in Fruits)
print(Fruits["cherry"])
try:
    Fruits["kiwi"]
except KeyError as e:
    print("KeyError", e)
print(repr(Fruits), str(Fruits), [Fruits])
print(bool(Fruits), bool(Empty), "yes" if Empty else "no")
for name in Fruits:
    print(name, Fruits[name])
print(sorted(Fruits, reverse=True), max(Fruits), dict.fromkeys(Fruits, 0))


class Plain:
    pass


try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Plain)
except TypeError as e:
    print("TypeError:", e)
