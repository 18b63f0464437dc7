# A metaclass has a metaclass too: calling the metaclass (the class
# statement does) goes through the meta-metaclass's __call__.
class MetaMeta(type):
    def __call__(mcls, *args, **kwargs):
        print("MetaMeta.__call__", mcls.__name__, args[0], sorted(kwargs))
        return super().__call__(*args, **kwargs)


class Meta(type, metaclass=MetaMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs

    def hello(cls):
        return "hello " + cls.__name__


class Thing(metaclass=Meta, size=2):
    pass


class Other(Thing):
    pass


print(type(Meta).__name__, type(Thing).__name__, type(Other).__name__, Thing.hello(), Other.hello())
print(Thing.options, Other.options, isinstance(Thing, Meta), isinstance(Meta, MetaMeta))
print(type(type(Thing())).__name__, type(MetaMeta).__name__)
