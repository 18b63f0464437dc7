import random

for seed in [3, 99, 2024, 31337]:
    random.seed(seed)
    items = list(range(20))
    random.shuffle(items)
    print(items)
    print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
    print(random.sample(range(100), 5), random.sample('abcdefghij', 10), random.sample(range(10 ** 6), 8))
    print(random.sample(list(range(50)), 30))
    print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))
    print(random.choices('xyz', cum_weights=[1, 2, 10], k=4), random.choices(range(5)))
    print(random.sample(['a', 'b'], k=4, counts=[3, 2]))
    print(round(random.uniform(1, 10), 12), random.uniform(-1, 1))
    print(random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5))
    print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(5, 1))
    print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(0.5, 1),
          random.gammavariate(3, 2), random.gammavariate(1, 1))
    print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2),
          random.vonmisesvariate(1, 2))
