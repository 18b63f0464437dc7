# sys.stdin: iteration over lines, read(), readline(); word statistics over the input text.
import sys
first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline().rstrip("\n")
print(repr(second))
rest = sys.stdin.read()
lines = rest.splitlines()
print(len(lines), lines[:2])
words = rest.split()
print(len(words), sorted(set(w.lower().strip(".,") for w in words))[:8])
counts = {}
for w in words:
    w = w.lower().strip(".,")
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
