# sort / sorted with key and reverse; stability.
words = ['banana', 'Apple', 'cherry', 'apple', 'fig', 'Date', 'elderberry', 'kiwi']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(key=lambda x: -x); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted([3.5, 1, 2.25, -7, True]), sorted([]), sorted('hello'), sorted((3, 1, 2)))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
recs = [{'n': 'x', 'a': 3}, {'n': 'y', 'a': 1}, {'n': 'z', 'a': 3}, {'n': 'w', 'a': 1}]
print([r['n'] for r in sorted(recs, key=lambda r: r['a'])])
print([r['n'] for r in sorted(recs, key=lambda r: r['a'], reverse=True)])
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(range(20), key=lambda x: x % 3))
r = [3, 1, 2]
print(r.sort(), r)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
