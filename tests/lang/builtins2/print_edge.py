# print() edge cases: sep/end None, empty sep, file=None, flush, non-str objects, errors.
import sys
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=" ; ")
print(file=None)
print("to stdout", file=sys.stdout, flush=True)
print()
print("", end="")
print("x" * 3, *range(3), sep="-")
print(*[], sep="unused")
print("multi\nline", "end")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {S(): 1} if False else {"k": S()})
print("tab\there", "nul\x00byte".replace("\x00", "0"), "é", "😀")
