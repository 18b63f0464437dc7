# exit: 3
# sys.stdout/stderr writes, print(file=...), flush, and sys.exit with a code inside try/finally.
import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" ... then newline\n")
print("to stdout", file=sys.stdout)
sys.stdout.flush()
print(isinstance(sys.maxsize, int), sys.maxsize == 2**63 - 1, type(sys.argv).__name__)
print(sys.getrecursionlimit() > 0, isinstance(sys.platform, str), isinstance(sys.version, str))
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("str code", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print("raised", type(e).__name__, e.code)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally before exit")
cleanup()
print("never printed")
