# list methods with edge arguments: insert/pop indices, index ranges, remove, extend, copy, clear.
a = [1, 2, 3]
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b = list("abcabc")
print(b.index("b"), b.index("b", 2), b.index("c", -2), b.count("a"), b.count("z"))
try:
    b.index("a", 1, 3)
except ValueError as e:
    print(type(e).__name__, e)
b.remove("a")
print(b)
try:
    b.remove("q")
except ValueError as e:
    print(type(e).__name__, e)
c = [1]
c.extend(range(3))
c.extend("xy")
c.extend(x * 10 for x in range(2))
c.extend(c)
print(c, len(c))
d = c.copy()
d.clear()
print(d, len(c))
e = [3, 1, 2]
e.reverse()
print(e, e.reverse(), e)
print([1, 2] * 3, 2 * [0], [[]] * 2, [] * 5, [1, 2] + [3])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
f = [5, 3, 8]
f.sort(reverse=True)
print(f, sorted(f), f)
g = ["b", "A", "c", "B"]
g.sort(key=str.lower)
print(g)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
h = list(range(5))
print(h[::-1], h.__len__(), 3 in h, h.__contains__(9), list(reversed(h)) == h[::-1])
lst = [0] * 3
for i, _ in enumerate(lst):
    lst[i] = i * i
print(lst, [None] * 2, list(), list("ab"), list((1, 2)), list({"k": 1}))
