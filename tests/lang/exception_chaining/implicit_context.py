# Implicit exception context across handlers, loops and functions; from None inside loops; re-raise keeps context.
def convert_all(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            try:
                out.append(float(v))
            except ValueError:
                raise TypeError(f"not a number: {v!r}") from None
    return out
print(convert_all(["1", "2.5", "3"]))
try:
    convert_all(["1", "x"])
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def handler_raises():
    try:
        raise KeyError("inner")
    except KeyError as k:
        try:
            raise ValueError("middle")
        except ValueError:
            raise RuntimeError("outer")
try:
    handler_raises()
except RuntimeError as e:
    ctx = [type(c).__name__ for c in (e.__context__, e.__context__.__context__)]
    print(e, ctx, e.__context__.__context__.args)
def reraise_same():
    try:
        raise ValueError("orig")
    except ValueError as v:
        v.note = "annotated"
        raise
try:
    reraise_same()
except ValueError as e:
    print(e, e.note, e.__context__)
def explicit_chain():
    errors = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
        except IndexError as e:
            errors.append(e)
    if errors:
        raise LookupError("collected") from errors[0]
try:
    explicit_chain()
except LookupError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    try:
        1 / 0
    finally:
        print("finally sees the exception in flight")
except ZeroDivisionError as e:
    print(type(e).__name__, e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as first:
        second = KeyError("b")
        second.__context__ is None and print("context set at raise time")
        raise second
except KeyError as e:
    print(repr(e.__context__))
