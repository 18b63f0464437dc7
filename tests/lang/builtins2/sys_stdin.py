# input() and sys.stdin share standard input; EOFError at the end.
import sys

name = input("name? ")
print("hello", name)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("loop", repr(line))
    break
print(sys.stdin.readlines()[:1])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError:", e)
