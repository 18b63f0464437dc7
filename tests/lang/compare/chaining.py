# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5) >= v(0) > v(-1), calls)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 10 > x >= 5 == 5.0)
print(1 < 2 == True, (1 < 2) == True)
a, b, c = 'a', 'b', 'c'
print(a < b < c, a < c < b, 'abc' < 'abd' < 'b' < 'ba')
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] is not None)
