# _missing_ lets a class accept other spellings of its values.
from enum import Enum


class Answer(Enum):
    YES = "yes"
    NO = "no"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Answer("YES"), Answer("No"), Answer("yes") is Answer.YES)
try:
    Answer("maybe")
except ValueError as e:
    print("ValueError:", e)
try:
    Answer(1)
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)
