# __prepare__ supplies the namespace the class body runs in.
class Prefilled(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, len(bases), kwargs)
        return {"injected": name.lower(), "helper": lambda x: x * 2}

    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)


class Widget(metaclass=Prefilled, size=3):
    doubled = helper(21)
    seen = injected


print(Widget.injected, Widget.doubled, Widget.seen)


class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class Form(metaclass=Recorder):
    zeta = 1
    alpha = 2

    def middle(self):
        pass

    beta = 3


print(Form.order)
