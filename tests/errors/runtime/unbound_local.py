# Reading a local before it is assigned.
counter = 0

def bump():
    counter += 1

bump()
