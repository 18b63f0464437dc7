# itertools.zip_longest: fillvalue, uneven and empty inputs, transposition of ragged rows.
from itertools import zip_longest
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", range(4), fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [1])))
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=0)])
a, b = "abcde", "xyz"
print("".join(x + y for x, y in zip_longest(a, b, fillvalue="")))
def chunks(it, n, fill=None):
    args = [iter(it)] * n
    return list(zip_longest(*args, fillvalue=fill))
print(chunks("abcdefg", 3, "?"), chunks(range(4), 2))
left = [1, 2, 3]
right = [1, 5]
print([i for i, (x, y) in enumerate(zip_longest(left, right)) if x != y])
def gen(n):
    for i in range(n):
        yield i
print(list(zip_longest(gen(2), gen(3), gen(1), fillvalue="f")))
try:
    list(zip_longest([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print(type(e).__name__, e)
z = zip_longest("ab", "c")
print(next(z), next(z), next(z, "done"))
