# A str method given a bad argument.
parts = ['a', 2, 'c']
print(', '.join(parts))
