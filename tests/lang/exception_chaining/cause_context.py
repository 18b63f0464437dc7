# raise ... from ..., __cause__/__context__/__suppress_context__, from None.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
try:
    load("b")
except AppError as e:
    print(e, repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
def hide():
    try:
        int("x")
    except ValueError:
        raise AppError("clean") from None
try:
    hide()
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise AppError("direct") from ValueError("why")
except AppError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise AppError("cls") from KeyError
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise AppError("bad") from 42
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__ is None)
e.__cause__ = KeyError("manual")
print(repr(e.__cause__))
def chain3():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
try:
    chain3()
except KeyError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__ is None)
