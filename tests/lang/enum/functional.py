# The functional API: Enum('Name', names).
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal), type(Animal).__name__)
Pets = Enum("Pets", ["DOG", "CAT"], start=10)
print([(p.name, p.value) for p in Pets])
Codes = Enum("Codes", [("OK", 200), ("NOT_FOUND", 404)])
print(Codes(404), Codes.OK.value)
Sizes = IntEnum("Sizes", {"S": 1, "M": 2, "L": 3})
print(Sizes.M + 1, list(Sizes), Sizes["L"])
Comma = Enum("Comma", "A, B, C")
print([m.name for m in Comma])
