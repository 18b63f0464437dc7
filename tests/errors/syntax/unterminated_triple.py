# A triple-quoted string that never ends.
print(1)
s = """never
closed
