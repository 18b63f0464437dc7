# IntEnum members are ints: arithmetic, comparisons with ints, str/format.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", format(Priority.MEDIUM, "03d"))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.HIGH - Priority.MEDIUM, Priority.HIGH // 3)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, 5 == Priority.MEDIUM, Priority.HIGH >= 10)
print(isinstance(Priority.LOW, int), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority))
print(Priority(5), Priority(10) is Priority.HIGH, [p for p in Priority if p > 3])
print({1: "one"}[Priority.LOW], Priority.LOW in {1, 2}, list(range(Priority.MEDIUM)))
print("%d items" % Priority.MEDIUM, str(Priority.HIGH + 0), Priority.LOW.name, Priority.LOW.value)
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
