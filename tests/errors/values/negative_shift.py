# A negative shift count.
print(1 << -1)
