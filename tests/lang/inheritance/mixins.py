# Mixins: behaviour combined through multiple inheritance, method resolution order, super() chains.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __hash__(self):
        return hash(tuple(sorted(self.__dict__.items())))
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)
class ValidatedMixin:
    required = ()
    def validate(self):
        missing = [f for f in self.required if getattr(self, f, None) in (None, "")]
        if missing:
            raise ValueError(f"{type(self).__name__} missing {missing}")
        return True
class User(ReprMixin, EqMixin, JsonMixin, ValidatedMixin):
    required = ("name", "email")
    def __init__(self, name, email=None):
        self.name = name
        self.email = email
u1, u2, u3 = User("ann", "a@x"), User("ann", "a@x"), User("bob")
print(u1, u1 == u2, u1 == u3, len({u1, u2, u3}), u1.to_json())
print(u1.validate())
try:
    u3.validate()
except ValueError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in User.__mro__])
class Logged:
    def save(self):
        return ["log"] + super().save()
class Timestamped:
    def save(self):
        return ["timestamp"] + super().save()
class Store:
    def save(self):
        return ["store"]
class Document(Logged, Timestamped, Store):
    pass
class Draft(Timestamped, Logged, Store):
    pass
print(Document().save(), Draft().save())
print([c.__name__ for c in Document.__mro__], isinstance(Document(), Timestamped))
class Comparable:
    def __lt__(self, o):
        return self.key() < o.key()
    def __le__(self, o):
        return self.key() <= o.key()
class Version(Comparable, ReprMixin):
    def __init__(self, s):
        self.s = s
    def key(self):
        return tuple(int(p) for p in self.s.split("."))
vs = [Version("1.10"), Version("1.2"), Version("1.9")]
print(sorted(vs), max(vs), Version("2.0") <= Version("2.0"))
