# Builtins and syntax that consume iterators: partial consumption, exhaustion, in/unpack/str.join.
def gen(n):
    for i in range(n):
        yield i
it = gen(10)
print(3 in it, list(it))
it = gen(5)
print(max(it), list(it))
it = iter([1, 2, 3, 4])
a, b = next(it), next(it)
print(a, b, sum(it), list(it))
it = iter("abcdef")
print("".join(it), "".join(it))
it = gen(6)
print(list(zip(it, it)))
it = iter(range(10))
print(any(x > 4 for x in it), next(it))
it = iter(range(10))
print(all(x < 3 for x in it), list(it))
it = gen(4)
print(dict.fromkeys(it), sorted(gen(3), reverse=True), tuple(gen(2)), set(gen(3)) == {0, 1, 2})
it = gen(5)
first, *rest = it
print(first, rest, list(it))
words = iter(["x", "yy", "zzz"])
print(sorted(words, key=len, reverse=True), list(words))
it = gen(3)
print(list(enumerate(it)), list(enumerate(it)))
class Once:
    def __init__(self):
        self.used = False
    def __iter__(self):
        if self.used:
            return iter(())
        self.used = True
        return iter([1, 2, 3])
o = Once()
print(list(o), list(o), sum(Once()), min(Once()))
it = map(int, "12345")
print(next(it), list(filter(lambda v: v % 2, it)))
print(list(iter(gen(2))), iter(it) is it, [x for x in iter([])])
