# bisect: bisect_left/right, insort, lo/hi bounds, key=, and classic uses (grades, ranks).
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 4, 5, 9, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=5))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5)
print(b)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])
def count_in_range(xs, lo, hi):
    return bisect.bisect_right(xs, hi) - bisect.bisect_left(xs, lo)
print(count_in_range(a, 2, 7), count_in_range(a, 5, 6), count_in_range([], 0, 1))
def index_of(xs, x):
    i = bisect.bisect_left(xs, x)
    return i if i < len(xs) and xs[i] == x else -1
print(index_of(a, 4), index_of(a, 3), index_of(a, 9), index_of(a, 100))
people = [("amy", 21), ("bob", 25), ("cy", 30)]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 27), key=lambda p: p[1])
print(people)
words = ["apple", "banana", "cherry"]
print(bisect.bisect(words, "blueberry"), bisect.bisect_left(words, "apple"))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect([1, "a"], 2) if False else bisect.bisect([1, 3], "x")
except TypeError as e:
    print(type(e).__name__, e)
floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1), bisect.bisect(range(0, 100, 10), 35))
