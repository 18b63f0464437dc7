# iter and next, with defaults and exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
s = iter('ab')
print(next(s), next(s))
try:
    next(s)
except StopIteration as e:
    print('StopIteration', e.args)
d = iter({'k': 1, 'j': 2})
print(list(d), list(d))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((1,))
for x in t:
    print('for over iterator', x)
print(list(t))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))
