# A format code that does not apply to the type.
print(format('abc', 'd'))
