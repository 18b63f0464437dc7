# Conditional expressions: nesting, laziness, in comprehensions and calls.
def sign(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([sign(x) for x in (-2, 0, 3)])
calls = []
def side(v):
    calls.append(v)
    return v
r = side('a') if side(True) else side('b')
print(r, calls)
print((1 if True else 2) + 10, 1 if False else 2 + 10)
print(['even' if i % 2 == 0 else 'odd' for i in range(4)])
x = None
print(x if x is not None else 'fallback', len('abc' if x else 'de'))
fizz = ['FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else str(i)
        for i in range(1, 31)]
print(' '.join(fizz))
