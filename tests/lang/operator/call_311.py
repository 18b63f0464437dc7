# operator.call (new in 3.11): obj(*args, **kwargs), with obj positional-only.
import operator
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True))
print(operator.call(dict, obj=1), operator.call(lambda *a, **k: (a, k), 1, obj=2))
try:
    operator.call()
except TypeError as e:
    print(type(e).__name__)
try:
    operator.call(5)
except TypeError as e:
    print(type(e).__name__, e)
