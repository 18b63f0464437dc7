# Class keywords other than metaclass= go to the metaclass and to
# __init_subclass__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv", priority=2):
    pass


class Json(Plugin, priority=5):
    pass


class Xml(Plugin):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Csv.priority, Json.plugin_name, Json.priority, Xml.priority)

try:
    class Bad(flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__ kwargs", sorted(kwargs.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__ kwargs", sorted(kwargs.items()))
        super().__init__(name, bases, ns)


class Model(metaclass=Meta, table="users", strict=True):
    pass


print(Model.options == {"table": "users", "strict": True}, type(Model).__name__)


def factory(name, bases, ns, **kw):
    print("factory", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42


class NotAClass(int, metaclass=factory, extra=1):
    z = 0


print(NotAClass)
