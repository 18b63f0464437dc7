# Primes two ways: trial division for a short list, and the sieve of
# Eratosthenes for counting the primes below a million.


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for multiple in range(i * i, limit, i):
                flags[multiple] = False
    return [i for i, prime in enumerate(flags) if prime]


print("first primes:", [n for n in range(60) if is_prime(n)])
primes = sieve(1_000_000)
print(f"{len(primes)} primes below 1,000,000; the largest is {primes[-1]}")
twins = len([a for a, b in zip(primes, primes[1:]) if b - a == 2])
print(f"{twins} twin-prime pairs among them")
