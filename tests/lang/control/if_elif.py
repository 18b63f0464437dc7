# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, '', 'x', [], [0], None, 0.0, {}, {'a': 1}, (), range(0)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 7
if x > 5: print('one-line if')
if x > 100: print('never')
else: print('one-line else')
if x:
    pass
print('after pass')
if not x % 2 == 0 and x > 3 or x == -1:
    print('combined')
y = 'big' if x > 5 else 'small'
print(y)
