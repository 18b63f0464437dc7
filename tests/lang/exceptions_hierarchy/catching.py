# Catching by base class, tuples of classes, order of except clauses, exception args/str/repr.
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("x")
    if kind == "type":
        return "a" + 1
    if kind == "attr":
        return None.nope
    if kind == "name":
        return undefined_name
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "recursion":
        return trigger("recursion")
for kind in ("zero", "key", "index", "value", "type", "attr", "name", "overflow", "recursion"):
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError branch", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch", type(e).__name__)
    except (TypeError, AttributeError) as e:
        print(kind, "tuple branch", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError branch", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch", type(e).__name__)
chain = [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError, RecursionError,
         ModuleNotFoundError, FileNotFoundError, NotImplementedError, UnicodeError, StopIteration,
         KeyboardInterrupt, SystemExit, PermissionError, IsADirectoryError]
for cls in chain:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("only")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong: Exception caught KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("bad except clause never evaluated")
except TypeError:
    print("unexpected")
