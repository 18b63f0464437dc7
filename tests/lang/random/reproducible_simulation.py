# A seeded Monte-Carlo simulation must replay exactly: queue simulation with random arrivals/service,
# dice statistics, random walks, and reservoir sampling — all compared against a re-run.
import random
def queue_sim(seed, customers=200):
    random.seed(seed)
    t = 0.0
    free_at = 0.0
    waits = []
    for _ in range(customers):
        t += random.uniform(0.5, 1.5)
        start = max(t, free_at)
        waits.append(start - t)
        free_at = start + random.uniform(0.4, 1.4)
    return round(sum(waits) / len(waits), 9), round(max(waits), 9)
print(queue_sim(1), queue_sim(2), queue_sim(1) == queue_sim(1))
def dice(seed, n=600):
    random.seed(seed)
    counts = [0] * 13
    for _ in range(n):
        counts[random.randint(1, 6) + random.randint(1, 6)] += 1
    return counts[2:]
print(dice(42))
def reservoir(seed, stream, k):
    random.seed(seed)
    res = []
    for i, x in enumerate(stream):
        if i < k:
            res.append(x)
        else:
            j = random.randrange(i + 1)
            if j < k:
                res[j] = x
    return res
print(reservoir(7, range(1000), 5), reservoir(7, range(1000), 5) == reservoir(7, range(1000), 5))
random.seed("walk")
pos = [0, 0]
for _ in range(500):
    dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
    pos[0] += dx
    pos[1] += dy
print(pos)
random.seed(99)
team = ["ann", "bob", "cy", "dee", "eve", "fay"]
random.shuffle(team)
print(team, random.sample(team, 3), random.choice(team), random.randrange(10, 100, 5))
random.seed(2 ** 40 + 17)
print([random.getrandbits(k) for k in (1, 8, 16, 32, 64)], round(random.random(), 12))
random.seed(-5)
print(random.randint(-1000, 1000), random.uniform(10, 0), random.sample(range(10 ** 9), 2))
