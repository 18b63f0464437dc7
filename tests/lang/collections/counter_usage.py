# Counter in practice: word stats, anagram checks, inventory arithmetic, most_common ties.
from collections import Counter
text = "it was the best of times it was the worst of times"
wc = Counter(text.split())
print(wc.most_common(4))
print(wc["times"], wc["nope"], sum(wc.values()), len(wc))
def anagram(a, b):
    return Counter(a.replace(" ", "")) == Counter(b.replace(" ", ""))
print(anagram("listen", "silent"), anagram("dormitory", "dirty room"), anagram("ab", "abb"))
stock = Counter(apples=5, pears=2, kiwis=0)
order = Counter(apples=3, pears=4)
print(stock - order, order - stock, stock + order)
print(stock & order, stock | order)
remaining = stock.copy()
remaining.subtract(order)
print(remaining, +remaining, -remaining)
ties = Counter("aabbccd")
print(ties.most_common(), ties.most_common(1))
letters = Counter()
for word in ["hello", "world"]:
    letters.update(word)
print(sorted(letters.items()), letters.total())
print(Counter({"a": 3}) + Counter({"a": -3}), Counter(a=2) - Counter(a=2))
print(list(Counter(b=2, a=1).elements()), Counter("abc") < Counter("aabbcc"))
n = Counter(i % 3 for i in range(10))
print(n, dict(n))
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
c = Counter(x=1)
c["y"] -= 2
print(c, len(c), "y" in c)
print(Counter(["a", "b"]) == Counter({"a": 1, "b": 1, "c": 0}))
print(max(wc, key=wc.get), sorted(wc, key=lambda w: (-wc[w], w))[:3])
