# deque in algorithms: BFS, sliding window max, rotation puzzles, bounded history.
from collections import deque
grid = ["..#.", ".##.", "....", "#.#."]
def bfs(start, goal):
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print(bfs((0, 0), (3, 3)), bfs((0, 0), (0, 3)), bfs((0, 0), (0, 0)))
def window_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def josephus(n, k):
    d = deque(range(1, n + 1))
    order = []
    while d:
        d.rotate(-(k - 1))
        order.append(d.popleft())
    return order
print(josephus(7, 3))
hist = deque(maxlen=3)
for cmd in ["ls", "cd", "vim", "make", "git"]:
    hist.append(cmd)
print(list(hist), hist.maxlen)
d = deque("abcde")
print(d[2], d[-1], "c" in d, d.index("d"))
d.rotate(2)
print("".join(d))
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
print(deque(x * x for x in range(4)), deque("ab") * 2)
