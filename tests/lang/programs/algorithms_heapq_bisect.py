# An algorithm collection built on heapq and bisect: Dijkstra with path reconstruction, top-k
# with a bounded heap, k-way merge, interval merging/insertion, binary-search variants,
# a running median with two heaps, and an event-count query structure.
import heapq
import bisect


def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, ()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]


def top_k(items, k, key=lambda x: x):
    heap = []
    for i, item in enumerate(items):
        entry = (key(item), -i, item)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [item for _, _, item in sorted(heap, reverse=True)]


def merge_intervals(intervals):
    out = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [tuple(iv) for iv in out]


def insert_interval(merged, new):
    starts = [lo for lo, _ in merged]
    i = bisect.bisect_left(starts, new[0])
    return merge_intervals(merged[:i] + [new] + merged[i:])


def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def int_sqrt(n):
    return first_true(0, n + 1, lambda m: m * m > n) - 1


def search_rotated(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[lo] <= xs[mid]:
            if xs[lo] <= target < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if xs[mid] < target <= xs[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


class RunningMedian:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, x):
        if self.low and x > -self.low[0]:
            heapq.heappush(self.high, x)
        else:
            heapq.heappush(self.low, -x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


graph = {
    "A": [("B", 4), ("C", 2)], "B": [("C", 5), ("D", 10)], "C": [("E", 3)],
    "D": [("F", 11)], "E": [("D", 4)], "F": [], "G": [("A", 1)],
}
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
for target in "DFG":
    print(target, path_to(prev, "A", target), dist.get(target))
words = "the quick brown fox jumps over the lazy dog while the cat sleeps soundly".split()
print(top_k(words, 3, key=len), top_k(range(20), 4), top_k([], 2), top_k([5, 5, 5], 2))
print(list(heapq.merge([1, 5, 9], [2, 6], [0, 3, 12])))
print(heapq.nsmallest(3, words, key=lambda w: (len(w), w)))
ivs = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (6, 7)]
merged = merge_intervals(ivs)
print(merged, insert_interval(merged, (11, 16)), insert_interval(merged, (0, 0)), merge_intervals([]))
print([int_sqrt(n) for n in (0, 1, 15, 16, 17, 99, 100, 10 ** 12 + 1)])
rot = [15, 18, 22, 3, 5, 9, 12]
print([search_rotated(rot, t) for t in (15, 3, 12, 22, 4)], search_rotated([], 1))
data = [2, 3, 3, 3, 7, 11, 11, 20]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect_right(data, 11) - bisect.bisect_left(data, 11))
print(first_true(0, len(data), lambda i: data[i] >= 10), first_true(0, len(data), lambda i: data[i] > 100))
rm = RunningMedian()
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    medians.append(rm.median())
print(medians)
timestamps = sorted([3, 8, 8, 15, 21, 22, 30, 41])
def count_between(lo, hi):
    return bisect.bisect_right(timestamps, hi) - bisect.bisect_left(timestamps, lo)
print([count_between(lo, hi) for lo, hi in [(0, 10), (8, 8), (16, 29), (42, 50), (0, 100)]])
