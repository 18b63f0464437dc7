VALUE = 1
def fn():
    return "original"
