# Recursion patterns: deep-but-bounded recursion, mutual recursion, memo dict, permutations, Hanoi.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(301))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
mv = hanoi(4, "A", "C", "B", [])
print(len(mv), mv[:5])
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
print(perms([1, 2, 3]), len(perms(list(range(5)))))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, (list, tuple)) else [x]
print(flatten([1, (2, [3, (4,)]), [[5]]]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(50), "still works after RecursionError")
def binsearch(xs, x, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == x:
        return mid
    return binsearch(xs, x, mid + 1, hi) if xs[mid] < x else binsearch(xs, x, lo, mid)
print([binsearch(list(range(0, 100, 3)), v) for v in (0, 3, 51, 99, 100, 4)])
