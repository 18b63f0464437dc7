# A string that runs into the end of the line.
msg = 'hello
print(msg)
