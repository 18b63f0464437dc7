# str.split makes its pieces as heap objects as it finds them, so 5e7 pieces
# (a list of 400 MB and their strings) meet the heap limit as a MemoryError the
# script can catch, and the partial list is collected afterwards.
# args: --mem 256M
# max-seconds: 30
s = "ab" * (5 * 10**7)
try:
    pieces = s.split("b")
    print("survived?!")
except MemoryError:
    print("MemoryError")
try:
    pieces = s.rsplit("b")
    print("survived?!")
except MemoryError:
    print("MemoryError")
print(len("a,b".split(",")), len(s.split("b", 3)))
