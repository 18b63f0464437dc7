# Comprehensions: nested loops and conditions, own scope, closures capturing loop variables.
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([x for x in range(20) if x % 2 if x % 3])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 3: x for x in range(10)})
x = "outer"
print([x for x in range(3)], x)
print([y for y in range(3)], "y" in dir())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    scale = 10
    try:
        scaled = [v * scale for v in vals]
    except NameError as e:
        scaled = type(e).__name__
print(C.doubled, C.scaled)
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
print([w.upper() for w in "a bb ccc".split() if len(w) > 1])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print(sum([[1], [2, 3]], []), [a + b for a, b in [(1, 2), (3, 4)]])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print({c for c in "hello"} == set("helo"), sorted({len(s) for s in ["a", "bb", "cc"]}))
print([[0] * 2 for _ in range(2)], [(yield_ := 1) for _ in range(2)])
print([last := v for v in range(4)], last)
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([i for i in []], {i: i for i in ()}, list(i for i in ""))
