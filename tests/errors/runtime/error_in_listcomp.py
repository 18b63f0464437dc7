# A KeyError raised inside a list comprehension (CPython 3.11 shows a <listcomp> frame).
data = {"a": 1}
result = [data[k] for k in ["a", "b"]]
