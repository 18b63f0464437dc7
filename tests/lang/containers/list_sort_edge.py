# list.sort and sorted: stability, key, reverse, errors, mutation during sort.
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
big = [rnd(1000) for _ in range(2000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(rnd(10), i) for i in range(500)]
st = sorted(pairs, key=lambda p: p[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
rv = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(rv[i][1] < rv[i + 1][1] for i in range(len(rv) - 1) if rv[i][0] == rv[i + 1][0]))
print(sorted([3.5, 1, 2.25, -1, True]), sorted(['b', 'A', 'a', 'B']))
print(sorted([[2, 1], [1, 5], [1, 2, 3], []]))
x = [5, 3, 1]
x.sort(reverse=1)
print(x)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2].sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
y = [3, 1, 2]
try:
    y.sort(key=lambda v: {}[v] if v == 2 else v)
except KeyError as e:
    print('KeyError:', e)
print(y)
try:
    [1].sort(1)
except TypeError as e:
    print('TypeError:', e)
try:
    [1].sort(reverse=None)
except TypeError as e:
    print('TypeError:', e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print('TypeError:', e)
z = [3, 1, 2]
def key(v):
    z.append(v)
    return v
try:
    z.sort(key=key)
except ValueError as e:
    print('ValueError:', e)
print(z)
w = [3, 1, 2]
def peek(v):
    print('len during sort', len(w), w)
    return v
w.sort(key=peek)
print(w)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'Rev(%d)' % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
empty = []
empty.sort()
one = [1]
one.sort(key=lambda v: print('key called', v) or v)
print(empty, one)
