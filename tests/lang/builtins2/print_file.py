# print(): sep, end, file objects with a write method, flush, sys.stdout swapped out.
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", "b", 3, sep=", ", end=";", file=c, flush=True)
print(file=c)
print(c.parts)
print("x", "y", sep=None, end=None)
print("no", "sep", sep="")
print(*range(5), sep=" | ")

saved = sys.stdout
sys.stdout = c
print("captured", 42)
sys.stdout = saved
print(c.parts[-3:])

print("to stderr", file=sys.stderr)
print(sys.stdout.write("written: héllo\n"))
sys.stdout.writelines(["one ", "two\n"])
sys.stdout.flush()
print("after flush", flush=True)

for bad in [dict(sep=1), dict(end=2), dict(file=5)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)


class Bad:
    def __str__(self):
        raise ValueError("no str")


try:
    print("before", Bad())
except ValueError as e:
    print()
    print("ValueError", e)
