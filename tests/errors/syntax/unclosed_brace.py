# A dict left open at end of file.
print('start')
d = {'a': 1,
