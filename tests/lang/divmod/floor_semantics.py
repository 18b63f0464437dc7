# divmod, //, % with mixed signs, floats, big ints and zero; invariant a == q*b + r.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 1), (1, 5), (-1, 5)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0), (5, 0.5), (1e300, 1e-300)]:
    print(a, b, divmod(a, b), a // b, a % b)
big = 10**40 + 7
print(divmod(big, 10**20), divmod(-big, 10**20), divmod(big, -3))
print(big // -1 == -big, (-big) % 10**20, divmod(2**200, 2**100 + 1))
for z in (0, 0.0):
    for op in ("divmod", "//", "%"):
        try:
            if op == "divmod":
                divmod(1, z)
            elif op == "//":
                1 // z
            else:
                1 % z
        except ZeroDivisionError as e:
            print(op, repr(z), type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(None, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(True, 2), divmod(7, True), -7 % 1, 7.0 % -1, -3.5 % 1)
print(float("inf") % 3 if False else "skip", 5 % float("inf"), -5 % float("inf"))
print(divmod(-1e-300, 1.0), 3 % -float("inf"))
print([n % 4 for n in range(-6, 7)], [n // 4 for n in range(-6, 7)])
print(pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(10**20, 3, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
