# int() with an explicit base rejects digits outside it.
print(int('777', 8))
print(int('789', 8))
