# A closing bracket with no opener.
print('x'))
