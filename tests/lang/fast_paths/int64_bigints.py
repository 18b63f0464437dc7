# Ints beyond the 48-bit small-int range but within int64 take int64
# arithmetic with overflow checks (vm/numeric.cpp int_binary); every result
# that leaves int64 must fall back to GMP with the same value as CPython.
edges = [0, 1, -1, 7, -7, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**48, 2**62, -2**62,
         2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 1103515245, 2147483648, 3**39, -(3**39),
         True, False]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
]
lines = 0
for a in edges:
    for b in edges:
        for name, f in ops:
            try:
                r = f(a, b)
            except ZeroDivisionError as e:
                r = "ZeroDivisionError: " + str(e)
            print(a, name, b, "=", r)
            lines += 1
for a in edges:
    for s in [0, 1, 15, 16, 17, 40, 62, 63, 64, 100]:
        print(a, "<<", s, "=", a << s, "|", a, ">>", s, "=", a >> s)
try:
    print(2**62 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(2**62 >> -1)
except ValueError as e:
    print("ValueError:", e)
# An LCG as the benchmarks write it: state * multiplier leaves the small range.
state = 12345
for _ in range(1000):
    state = (state * 1103515245 + 12345) % 2147483648
print("lcg", state, lines)
x = -2**63
print(x // -1, x % -1, divmod(x, -1), type(x * 1), (2**63 - 1) + 1, -2**63 - 1)
