# An f-string format spec that does not apply to the value's type.
name = "capy"
print(f"{name:>10}")
print(f"{name:.2f}")
