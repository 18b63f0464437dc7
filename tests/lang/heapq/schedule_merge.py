# heapq for scheduling: meeting rooms needed, task scheduling by deadline, merging sorted logs lazily.
import heapq
meetings = [(0, 30), (5, 10), (15, 20), (10, 25), (30, 40), (35, 45), (40, 50)]
def rooms_needed(ms):
    ends = []
    peak = 0
    for start, end in sorted(ms):
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        peak = max(peak, len(ends))
    return peak
print(rooms_needed(meetings), rooms_needed([]), rooms_needed([(1, 2), (2, 3)]))
jobs = [("write", 3, 5), ("test", 2, 4), ("deploy", 1, 9), ("review", 2, 6), ("docs", 4, 12)]
time = 0
late = []
order = []
pending = [(deadline, dur, name) for name, dur, deadline in jobs]
heapq.heapify(pending)
while pending:
    deadline, dur, name = heapq.heappop(pending)
    time += dur
    order.append((name, time))
    if time > deadline:
        late.append(name)
print(order, late)
logs_a = [(1, "a:boot"), (4, "a:ready"), (9, "a:stop")]
logs_b = [(2, "b:boot"), (3, "b:ready"), (9, "b:stop"), (12, "b:exit")]
logs_c = []
merged = heapq.merge(logs_a, logs_b, logs_c)
print(next(merged), next(merged), [msg for _, msg in merged])
def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(k_closest([(3, 3), (1, -1), (-2, 4), (0, 1), (5, 0)], 3))
def running_topk(stream, k):
    h = []
    out = []
    for x in stream:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heapreplace(h, x)
        out.append(sorted(h, reverse=True))
    return out
print(running_topk([5, 1, 9, 3, 7, 8], 3)[-3:])
h = []
for word in "to be or not to be that is the question".split():
    heapq.heappush(h, (-len(word), word))
print([heapq.heappop(h)[1] for _ in range(4)], len(h))
