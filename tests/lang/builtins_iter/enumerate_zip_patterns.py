# Idioms with enumerate/zip/map/filter/sorted/reversed: parallel iteration, pairwise diffs, transposes.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["oslo", "rome"]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(list(zip(names, ages, cities)), dict(zip(names, ages)))
print([b - a for a, b in zip(ages, ages[1:])], list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(sorted(zip(ages, names)), [n for _, n in sorted(zip(ages, names), reverse=True)])
print(max(zip(ages, names))[1], min(enumerate(ages), key=lambda p: p[1]))
idx = {name: i for i, name in enumerate(names)}
print(idx, [i for i, a in enumerate(ages) if a > 30])
print(list(map(lambda p: f"{p[0]}={p[1]}", zip("xyz", range(3)))), list(filter(lambda p: p[1] % 2, enumerate(range(5)))))
print(list(reversed(list(enumerate("abc")))), list(enumerate(reversed("abc"))))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])), all(a < b for a, b in zip(ages, ages[1:])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)], list(map(sum, matrix)))
e = enumerate(["a", "b"])
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(str.strip, [" a ", "b "])), list(filter(str.isalpha, "a1b2")))
print(sorted(names, key=len, reverse=True), sorted(enumerate(ages), key=lambda p: -p[1])[0])
words = "one two three four five".split()
print({len(w): w for w in words}, [w for i, w in enumerate(words) if i % 2 == 0])
