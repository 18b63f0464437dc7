# gcd, lcm, digit sums, perfect numbers, base conversion by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print(l)
print([n for n in range(2, 10000) if sum(d for d in range(1, n) if n % d == 0) == n] if False else
      [n for n in (6, 28, 496, 8128) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n in [0, 5, 255, -255, 123456789]:
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], int(to_base(n, 7), 7) == n)
print(sum(int(c) for c in str(2 ** 50)), [n for n in range(100, 1000) if n == sum(int(c) ** 3 for c in str(n))])
def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
