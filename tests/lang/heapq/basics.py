import heapq
import random

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs), pairs)

random.seed(1)
nums = [random.randint(0, 50) for _ in range(40)]
print(heapq.nlargest(5, nums), heapq.nsmallest(5, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(100, nums) == sorted(nums, reverse=True), heapq.nsmallest(3, iter(nums)))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum', 'lime']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words), key=len))
recs = [(k % 3, i) for i, k in enumerate(range(20))]
print(heapq.nsmallest(4, recs, key=lambda r: r[0]), heapq.nlargest(4, recs, key=lambda r: r[0]))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nsmallest(3, (x for x in [3, 1, 2])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([1, 3, 5], [1, 2, 3], [0])))
print(list(heapq.merge(['a1', 'b1'], ['a2', 'b2'], key=lambda s: s[0])))
print(list(heapq.merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)))
order = [heapq.heappop(h2) for h2 in [[(1, 'x')]]]
print(order)


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(heapq.heappop, [])
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappush, (1,), 2)
attempt(heapq.heapify, (1,))
attempt(heapq.heappush, [1], 'a')
