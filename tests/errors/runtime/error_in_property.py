# An AttributeError raised from a property getter through a method call.
class Config:
    def __init__(self):
        self.values = {"a": 1}
    @property
    def timeout(self):
        return self.values["timeout"]
    def describe(self):
        return f"timeout={self.timeout}"
print(Config().values)
print(Config().describe())
