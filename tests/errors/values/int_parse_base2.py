# int() with an explicit base rejects digits outside it.
print(int("101", 2))
print(int("102", 2))
