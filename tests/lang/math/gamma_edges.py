# math.gamma / lgamma at special points (poles, signs, overflow, tiny and huge arguments) and
# math.dist over any iterables.
import math
points = [1.0, 2.0, 0.5, -0.5, -1.5, 1e-300, -1e-300, 1e-20, 5e-21, 23.0, 22.0, 24.5, 140.5, 171.5, 171.7,
          -140.5, -170.5, -171.5, -200.5, -1e10 - 0.5, 201.0, 1e308, float("inf"), float("-inf"),
          float("nan"), 0.0, -0.0, -1.0, -2.0, 3, 10**20, True]
for x in points:
    row = [repr(x)]
    for fn in (math.gamma, math.lgamma):
        try:
            row.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(" | ".join(row))
print(math.dist([0, 0], (3, 4)), math.dist(iter([1.5]), range(1)), math.dist({1: 0}, [4]), math.dist([], ()))
for bad in (lambda: math.dist(1, [2]), lambda: math.dist(["a"], [1]), lambda: math.dist([1], [1, 2]),
            lambda: math.gamma("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
