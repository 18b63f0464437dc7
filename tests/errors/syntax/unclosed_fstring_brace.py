# An f-string whose brace is never closed.
name = 'x'
print(f'{name')
