import random

for seed in [0, 1, 2, 42, 12345, -7, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 5, 10 ** 40, -(3 ** 90), True]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
    print(' ', [random.randint(1, 6) for _ in range(10)], random.randrange(100), random.randrange(5, 500, 7))
    print(' ', random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
    print(' ', random.randrange(10 ** 30), random.randrange(-10, 10), random.randrange(100, 0, -3))
