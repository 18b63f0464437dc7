# float() of a malformed number.
print(float('1.5'))
print(float('1.5.2'))
