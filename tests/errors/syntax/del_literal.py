# Deleting a literal.
del 5
