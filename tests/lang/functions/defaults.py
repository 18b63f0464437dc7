# Default arguments, evaluated once; the mutable default pitfall.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(f(1, d=4), f(1, 5, d=6, c=7))
try:
    greet()
except TypeError as e:
    print('TypeError:', e)
try:
    greet('a', 'b', 'c', 'd')
except TypeError as e:
    print('TypeError:', e)
try:
    greet('a', nam='x')
except TypeError as e:
    print('TypeError:', e)
try:
    greet('a', name='b')
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
