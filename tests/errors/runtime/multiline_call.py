# A call spanning lines: the frame line is where the failing expression starts.
def f(a, b):
    return a / b

result = f(
    1,
    0,
)
