# *args, **kwargs, call-site unpacking.
def show(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, kwargs)
print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{'a': 1}, b=2))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*'abc'))
def kw_only(a, *args, flag=False, **opts):
    return a, args, flag, opts
print(kw_only(1, 2, 3, flag=True, z=0), kw_only(a=5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(10)))
def pass_through(*a, **k):
    return show(*a, **k)
print(pass_through(9, y=8))
args = (1, 2)
kwargs = {'c': 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(*args, c=9), three(1, *[2, 3]))
try:
    three(*args, **{'a': 1})
except TypeError as e:
    print('TypeError:', e)
try:
    three(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
