# Assigning to an operator expression.
a + b = 3
