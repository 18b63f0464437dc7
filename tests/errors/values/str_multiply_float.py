# Repeating a string by a float.
print('ab' * 2.5)
