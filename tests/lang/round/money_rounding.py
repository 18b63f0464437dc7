# Rounding in money-like calculations: round-half-even surprises, integer cents, splitting totals fairly.
prices = [0.125, 0.375, 2.675, 1.005, 10.555, 0.5, 1.5, 2.5]
print([round(p, 2) for p in prices])
print([round(p) for p in prices])
print([f"{p:.2f}" for p in prices])
def to_cents(amount_str):
    whole, _, frac = amount_str.partition(".")
    frac = (frac + "00")[:2]
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole or "0")) * 100 + int(frac))
amounts = ["19.99", "0.01", "-5.5", "100", "3.456", ".75"]
cents = [to_cents(a) for a in amounts]
print(cents, sum(cents), f"{sum(cents) / 100:.2f}")
def split(total_cents, n):
    base, extra = divmod(total_cents, n)
    return [base + (1 if i < extra else 0) for i in range(n)]
print(split(1000, 3), split(1, 4), split(999, 7), sum(split(12345, 11)) == 12345)
def round_half_up(x, digits=0):
    m = 10 ** digits
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m
print([round_half_up(v) for v in (0.5, 1.5, 2.5, -0.5, -2.5)], round_half_up(2.345, 2))
rate = 0.0725
for subtotal in (9.99, 100.0, 0.07, 1234.56):
    tax = round(subtotal * rate, 2)
    print(f"{subtotal:>8.2f} tax {tax:>6.2f} total {subtotal + tax:>8.2f}", round(subtotal + tax, 2))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(0.1 + 0.7, 1), round(1e-10, 5))
print(sum([0.1] * 3) == 0.3, round(sum([0.1] * 3), 10) == 0.3, round(2.5) + round(3.5), round(-1.5))
