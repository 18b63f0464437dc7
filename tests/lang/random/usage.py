# random module in simulations: reseeding reproduces sequences; uniform, shuffle, sample; errors.
import random
random.seed(2024)
first = [random.random() for _ in range(5)]
random.seed(2024)
print(first == [random.random() for _ in range(5)], first[0])
random.seed("dice")
rolls = [random.randint(1, 6) for _ in range(30)]
print(rolls, sum(rolls))
random.seed(7)
print([round(random.uniform(-1, 1), 12) for _ in range(4)], random.uniform(5, 5))
random.seed(11)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], len(deck), sorted(deck) == sorted(f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"))
print(random.sample(deck, 5), random.choice(deck))
random.seed(12345)
walk, pos = [], 0
for _ in range(20):
    pos += random.choice((-1, 1))
    walk.append(pos)
print(walk)
random.seed(99)
print([random.randrange(0, 100, 10) for _ in range(8)], random.randrange(-50, -10), random.getrandbits(48))
hits = 0
random.seed(3)
for _ in range(2000):
    x, y = random.random(), random.random()
    hits += x * x + y * y <= 1
print(hits, 4 * hits / 2000)
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(0)
a = random.getrandbits(256)
random.seed(0)
print(a == random.getrandbits(256), a.bit_length() <= 256)
