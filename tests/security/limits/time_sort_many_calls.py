# Millions of cheap key and comparison calls made from native code (no loop
# in the script): calls poll the deadline too.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
class Slow:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v

data = list(range(3000000, 0, -1))
while True:
    data.sort(key=lambda x: -x)
    sorted(map(Slow, data[:200000]))
