# itertools.accumulate: default sum, custom functions, initial=, running max/product, empty input.
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate([1.5, 2.25, -0.75])))
balance = list(accumulate([100, -20, -50, 30, -70], lambda bal, tx: bal + tx if bal + tx >= 0 else bal))
print(balance)
print(list(accumulate(range(1, 8), lambda a, b: a * 10 + b)))
it = accumulate(x * x for x in range(5))
print(next(it), next(it), list(it))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(accumulate(5))
except TypeError as e:
    print(type(e).__name__, e)
fib = list(accumulate(range(10), lambda acc, _: (acc[1], acc[0] + acc[1]), initial=(0, 1)))
print([a for a, _ in fib])
print(list(accumulate([5], initial=None)), list(accumulate([True, True, False])))
