# Division by zero raises for ints and floats alike.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 0 ** -1,
         lambda: 0.0 ** -1, lambda: 5 / 0.0, lambda: pow(0, -2)]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
print(0.0 ** 0, 0 ** 0.0, 1 / float('inf'))
