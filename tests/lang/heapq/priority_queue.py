# heapq as a priority queue: tuples with tie-breakers, nlargest/nsmallest with keys, merge, replace.
import heapq
tasks = []
counter = 0
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, counter, name))
    counter += 1
order = []
while tasks:
    order.append(heapq.heappop(tasks)[2])
print(order)
scores = {"ann": 88, "bob": 95, "cy": 70, "dee": 95, "eve": 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(10, [4, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["a", "bb"], ["ccc"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
h = [5, 7, 9]
heapq.heapify(h)
print(heapq.heapreplace(h, 1), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(type(e).__name__, e)
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print([heapq.heappop(jobs).n for _ in range(3)])
def kth_smallest(xs, k):
    return heapq.nsmallest(k, xs)[-1]
print(kth_smallest([7, 10, 4, 3, 20, 15], 3))
maxheap = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(len(maxheap))])
h2 = list(range(20, 0, -1))
heapq.heapify(h2)
print(all(h2[i] <= h2[c] for i in range(len(h2)) for c in (2 * i + 1, 2 * i + 2) if c < len(h2)))
