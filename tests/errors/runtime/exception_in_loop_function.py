# The traceback points at the line of the loop body inside the function.
def avg(xs):
    total = 0
    for x in xs:
        total += x
    return total / len(xs)

print(avg([1, 2, 3]))
print(avg([]))
