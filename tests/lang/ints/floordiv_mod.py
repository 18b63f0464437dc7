# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5),
         (5, 1), (-5, -1), (123, -10), (-123, 10), (2**40 + 1, 7), (-(2**40) - 1, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(-0.0 % 5, 5 % -3, -5 % 3)
