# Float division by zero inside a comprehension.
vals = [1.0, 2.0, 0.0]
print([1 / v for v in vals])
