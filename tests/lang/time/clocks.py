import time

t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
m1 = time.monotonic()
p1 = time.perf_counter()
n1 = time.monotonic_ns()
pn1 = time.perf_counter_ns()
c1 = time.process_time()
time.sleep(0.05)
time.sleep(0)
m2 = time.monotonic()
p2 = time.perf_counter()
n2 = time.monotonic_ns()
print(m2 - m1 >= 0.04, p2 - p1 >= 0.04, n2 - n1 >= 40_000_000, type(pn1).__name__, time.perf_counter_ns() > pn1)
print(type(c1).__name__, time.process_time() >= c1, type(time.process_time_ns()).__name__)
for bad in [-1, 'x', None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
time.sleep(True)
print('done')
