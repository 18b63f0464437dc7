# assert with and without message, del of names/items/slices, pass.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert False, 'the message'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = 5
    assert x < 0, 'x is %d' % x
except AssertionError as e:
    print('AssertionError:', e)
v = 1
del v
try:
    v
except NameError as e:
    print('NameError:', e)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print('NameError:', e)
def f():
    pass
class_like = None
for _ in range(2):
    pass
while False:
    pass
print('pass works', f())
try:
    del undefined_var
except NameError as e:
    print('NameError:', e)
