# args: one "two words" 3 --flag
# sys.argv holds the script name (as given) and the arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
for i, a in enumerate(sys.argv):
    print(i, repr(a))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
