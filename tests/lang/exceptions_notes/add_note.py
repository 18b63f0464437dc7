# Python 3.11 exception notes: add_note, __notes__, notes on re-raise, type errors for non-str notes.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("while parsing line 3")
e.add_note("input was 'x'")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def parse(s):
    try:
        return int(s)
    except ValueError as err:
        err.add_note(f"parse({s!r}) failed")
        raise
try:
    parse("zz")
except ValueError as err:
    print(err, err.__notes__)
class Custom(Exception):
    pass
c = Custom("c")
c.__notes__ = ["preset"]
c.add_note("added")
print(c.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("first")
        raise RuntimeError("wrapped") from k
except RuntimeError as r:
    print(getattr(r, "__notes__", None), r.__cause__.__notes__)
