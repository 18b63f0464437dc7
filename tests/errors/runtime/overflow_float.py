# A float operation that overflows.
x = 10.0 ** 400
