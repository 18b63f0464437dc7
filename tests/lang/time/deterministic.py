# time: only properties that are deterministic — types, monotonicity, units, sleep errors.
import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, isinstance(a, float))
ns1 = time.monotonic_ns()
ns2 = time.monotonic_ns()
print(ns2 >= ns1, isinstance(ns1, int))
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(total, p2 >= p1, (p2 - p1) < 60)
pn1 = time.perf_counter_ns()
pn2 = time.perf_counter_ns()
print(pn2 >= pn1, type(pn2).__name__)
t = time.time()
print(t > 1700000000, abs(time.time_ns() / 1e9 - t) < 60)
start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print(elapsed >= 0.015, elapsed < 30)
start_ns = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - start_ns >= 5_000_000)
for bad in (-0.5, "1", [1]):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.sleep(0.0)
stamps = [time.monotonic() for _ in range(50)]
print(all(x <= y for x, y in zip(stamps, stamps[1:])))
print(callable(time.time), callable(time.sleep), hasattr(time, "perf_counter"))
