import random

for s in ['', 'a', 'hello', 'capy rocks', 'ünïcödé ✓', 'x' * 200, b'', b'bytes seed', b'\x00\xff' * 70]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.randint(0, 10 ** 6))
for s in [0.5, 1.0, -2.5, 1e100, 3.141592653589793]:
    random.seed(s)
    print(s, random.random())
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())

r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
r3 = random.Random()
r3.seed(5)
print(r3.random(), random.Random(5).random())
r4 = random.Random('seed')
print(r4.choice(range(100)), r4.getrandbits(10))
random.seed(77)
print(random.randbytes(5), random.getrandbits(0))


class MyRandom(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.calls = 0

    def double(self):
        self.calls += 1
        return self.random() * 2


m = MyRandom(8)
print(m.double(), m.calls, m.randint(1, 10), isinstance(m, random.Random))

random.seed()
x = random.random()
print(0.0 <= x < 1.0, type(random.getrandbits(100)).__name__)
r5 = random.Random()
print(0 <= r5.randrange(10) < 10)


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(random.randrange, 0)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 10, 1, 2)
attempt(random.randrange, 'a')
attempt(random.choice, [])
attempt(random.sample, range(3), 4)
attempt(random.sample, {1, 2}, 1)
attempt(random.getrandbits, -1)
attempt(random.seed, [1, 2])
attempt(random.choices, 'ab', weights=[1], k=2)
attempt(random.choices, 'ab', [1, 1], cum_weights=[1, 2])
attempt(random.choices, 'ab', 2)
attempt(random.gammavariate, -1, 1)
attempt(random.randint, 5, 1)
