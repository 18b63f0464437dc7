# A block with no indented body.
def f():
return 1
