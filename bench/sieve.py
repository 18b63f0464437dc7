# sieve: integer nested loops. A sieve of Eratosthenes over a list of flags,
# then a nested loop that sums products modulo a prime. Exercises list
# indexing, list stores, int multiply, floor modulo and range loops.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def nested_mod(n, m):
    total = 0
    for a in range(n):
        for b in range(n):
            total = (total + a * b + (a ^ b)) % m
    return total


def main():
    count, last = sieve(2000000)
    print("sieve", count, last)
    print("nested", nested_mod(1100, 1000003))


main()
