# Helper module for modules/import_forms.py and module_state.py (not a test: leading underscore).
print("loading _helper as", __name__)
VALUE = 10
counter = 0
def double(x):
    return x * 2
def bump():
    global counter
    counter += 1
    return counter
def read_value():
    return VALUE
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "underscore"
if __name__ == "__main__":
    print("never when imported")
