# A KeyError deep in nested data, reached inside a comprehension.
data = {"users": [{"name": "a", "age": 3}, {"name": "b"}]}
print([u["name"] for u in data["users"]])
print([u["age"] for u in data["users"]])
