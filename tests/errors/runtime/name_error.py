# Using an undefined name.
def greet():
    return 'hi ' + nmae

greet()
