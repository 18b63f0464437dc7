# A bad keyword argument: an expression as the name.
f(a + 1=2)
