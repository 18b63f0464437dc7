# closures: functions that capture variables. Counters that mutate a captured
# cell (nonlocal), adders and multipliers made in a loop, and a composition
# of closures, all called many times. Measures closure creation, cell reads
# and writes, and calls through a variable.


def make_counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count
    return step


def make_adder(n):
    return lambda x: x + n


def make_scaler(k, m):
    def scale(x):
        return x * k % m
    return scale


def compose(f, g):
    return lambda x: f(g(x))


def main():
    m = 1000003
    adders = [make_adder(i) for i in range(16)]
    scalers = [make_scaler(i + 2, m) for i in range(16)]
    pipes = [compose(adders[i], scalers[15 - i]) for i in range(16)]
    counter = make_counter(0)
    other = make_counter(100)
    total = 0
    for i in range(1000000):
        total = adders[i % 16](total)
        total = scalers[i % 16](total)
        total = pipes[(i * 7) % 16](total)
        counter(i % 3)
        if i % 5 == 0:
            other(-1)
    made = 0
    for i in range(300000):
        f = make_adder(i)
        made = f(made) % m
    print("closures", total, counter(0), other(0), made)


main()
