# raise with a message, from a nested function.
def check(age):
    if age < 0:
        raise ValueError('age must be >= 0, got %d' % age)
    return age

def load():
    return [check(a) for a in (3, -1)]

load()
