# Slicing immutable sequences: str, tuple, range — always new objects, never errors on bounds.
s = "Hello, wörld!"
print(s[7:], s[:5], s[-6:-1], s[::-1])
print(s[::2], s[1::3], repr(s[20:]), repr(s[5:5]))
print(len(s[3:100]))
t = tuple(range(12))
print(t[3:9], t[::-4], t[-2:], t[:0])
print(type(t[1:3]).__name__, type(s[1:3]).__name__)
r = range(3, 30, 3)
print(r[2:6], list(r[2:6]), r[::-1], list(r[::-1])[:3])
print(r[-3:], r[100:], len(r[100:]))
words = "the quick brown fox".split()
print(words[1:-1], words[::-1][0])
print("".join(w[0] for w in words), "".join(w[-1] for w in words))
print([w[1:] for w in words])
print(s[-100:3], s[3:-100])
emoji = "a\u00e9\u4e2d\U0001F600z"
print(len(emoji), emoji[2:4] == "\u4e2d\U0001F600", emoji[::-1] == "z\U0001F600\u4e2d\u00e9a")
n = 7
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(t[n:n], t[n:n + 1], t[n - 1::-n])
try:
    s[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print(s[Idx():], t[:Idx()], [0, 1, 2, 3][Idx()])
