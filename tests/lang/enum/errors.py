# Errors: unknown values and names, reassigning or deleting members,
# extending an enum that has members.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


for bad in (5, "RED", None, 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.value, len(Color))
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "ok"
print(Color.extra)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
