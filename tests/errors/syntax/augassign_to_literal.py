# Augmented assignment to a literal.
'a' += 1
