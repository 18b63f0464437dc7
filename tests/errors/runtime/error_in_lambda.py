# Tracebacks name lambdas and comprehensions.
f = lambda x: x.missing
print(list(map(f, [1])))
