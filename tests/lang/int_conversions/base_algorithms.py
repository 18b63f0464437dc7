# Manual base conversion and digit algorithms cross-checked against int(), bin/oct/hex and format.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
def from_base(s, b):
    sign = -1 if s.startswith("-") else 1
    total = 0
    for ch in s.lstrip("-"):
        total = total * b + DIGITS.index(ch)
    return sign * total
for n in (0, 1, 7, 255, -255, 10 ** 20, -(2 ** 70), 36 ** 5 - 1):
    checks = [to_base(n, b) == (format(n, "b") if b == 2 else format(n, "o") if b == 8 else format(n, "x"))
              for b in (2, 8, 16)]
    print(n, to_base(n, 36), to_base(n, 7), checks, all(from_base(to_base(n, b), b) == n for b in range(2, 37)))
print([int(to_base(12345, b), b) for b in (2, 5, 11, 36)])
def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n
print(digit_sum(2 ** 100), digital_root(2 ** 100), digital_root(0), digit_sum(-907))
def roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in table:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(int("1" * 8, 2), int("7" * 4, 8), int("f" * 8, 16), int("z" * 3, 36), int("-10", 3), int("+Zz", 36))
print(bin(-5), oct(-64), hex(-4096), format(-5, "#b"), format(5, "08b"), format(2 ** 40, "_x"))
print(int(bin(123456789), 2), int(oct(987654321), 8), int(hex(2 ** 64 - 1), 16) == 2 ** 64 - 1)
