# Exceptions raised in except/else/finally blocks; the implicit __context__ they keep.
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    in_except()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def in_finally():
    try:
        raise ValueError("body")
    finally:
        raise RuntimeError("cleanup")
try:
    in_finally()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise IndexError("from else")
try:
    in_else()
except IndexError as e:
    print(repr(e), e.__context__)
def bare_reraise():
    try:
        raise ZeroDivisionError("zd")
    except ZeroDivisionError:
        try:
            raise
        finally:
            print("finally during reraise")
try:
    bare_reraise()
except ZeroDivisionError as e:
    print("reraised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        name = e
    print(type(name).__name__)
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def no_active():
    raise
try:
    no_active()
except RuntimeError as e:
    print(type(e).__name__, e)
x = 0
try:
    try:
        x = 1
    finally:
        x += 10
except Exception:
    pass
print(x)
