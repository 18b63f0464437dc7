# Simple statements: semicolons, one-line compound bodies, pass/..., chained assignment, expressions.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("one-line if"); print("second statement")
for i in range(2): print("loop", i)
while a < 3: a += 1
print(a)
def noop(): pass
class Nothing: ...
print(noop(), Nothing.__name__, ..., type(...).__name__, Ellipsis is ...)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
p, q = q, p = 3, 4
print(p, q)
n = 0
n += 1; n *= 5; n -= 2
print(n)
"a bare string expression is fine"
42
[1, 2, 3]
print("after bare expressions")
try: int("x")
except ValueError: print("one-line try/except")
finally: print("one-line finally")
with_value = (lambda: "lambda") ()
print(with_value)
if True:
    pass
elif False:
    pass
else:
    pass
total = (1 +
         2 +
         3)
items = [
    1,
    2,
]
text = "implicit " \
       "continuation"
print(total, items, text)
def f(): return "early"; print("unreachable")
print(f())
print(__name__, type(__name__).__name__)
for _ in []: pass
else: print("else on empty loop")
del a; print("deleted a", "a" in dir())
