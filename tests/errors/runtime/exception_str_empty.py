# An exception with no message prints just its name.
raise ValueError()
