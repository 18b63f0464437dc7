# Dict/set/generator comprehensions in data processing: inversion, filtering, grouping, conditional keys.
scores = {"ann": 91, "bob": 72, "cy": 85, "dee": 72, "eve": 60}
passed = {name: s for name, s in scores.items() if s >= 70}
print(passed)
inverted = {}
for name, s in scores.items():
    inverted.setdefault(s, []).append(name)
print({s: sorted(ns) for s, ns in sorted(inverted.items(), reverse=True)})
grade = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for name, s in scores.items()}
print(grade)
print({g for g in grade.values()} == {"A", "B", "C", "F"}, sorted({s // 10 * 10 for s in scores.values()}))
lengths = {w: len(w) for w in "the quick brown fox jumps".split()}
print(lengths, max(lengths, key=lengths.get))
squares = {n: n * n for n in range(6)}
print({v: k for k, v in squares.items() if k % 2})
print(sum(v for v in squares.values()), any(v > 20 for v in squares.values()), list(k for k in squares if k > 3))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print({i: row[i] for i, row in enumerate(matrix)}, sorted({x for row in matrix for x in row if x % 3 == 0}))
print({(i, j): matrix[i][j] for i in range(3) for j in range(3) if i + j == 2})
words = ["Apple", "avocado", "Banana", "blueberry", "cherry"]
by_letter = {c: [w for w in words if w.lower().startswith(c)] for c in sorted({w[0].lower() for w in words})}
print(by_letter)
gen = ((w, len(w)) for w in words)
print(dict(gen), dict(gen))
print({k: v for k, v in zip("abc", range(10))}, {**{k: 0 for k in "xy"}, "x": 1})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
try:
    {k: 1 / k for k in range(-1, 2)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print({x: y for x, y in [(1, "a"), (1, "b"), (2, "c")]}, len({frozenset({1, 2}), frozenset({2, 1})}))
