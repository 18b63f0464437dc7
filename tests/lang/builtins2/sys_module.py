# exit: 3
# sys: maxsize, platform, the recursion limit, exit codes.
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(2500)
print(sys.getrecursionlimit(), depth(2000))
for bad in [0, -5, "a", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.exit()
except SystemExit as e:
    print("exit()", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit(msg)", e.args)
print("bye")
sys.exit(3)
