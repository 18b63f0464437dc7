# A digit run glued to a name.
x = 1abc
