# int() of a NaN float.
values = [1.5, float("nan")]
print([int(v) for v in values])
