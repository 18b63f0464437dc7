# An uncaught exception prints its 3.11 notes after the message, one per line, also in a chain.
def load(name):
    try:
        raise KeyError(name)
    except KeyError as e:
        e.add_note("while loading " + name)
        raise RuntimeError("load failed") from e
try:
    load("cfg")
except RuntimeError as err:
    err.add_note("first note")
    err.add_note("second\nspans two lines")
    print("raising with", len(err.__notes__), "notes")
    raise
