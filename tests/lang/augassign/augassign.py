# Augmented assignment for every operator, on names, items and in place.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0b111100; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x /= 2; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {'n': 1}
d['n'] += 10
d['m'] = d.get('m', 0) + 1
print(d)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7
print(nested)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
f = 1.5
f *= 2; f -= 0.5; f **= 2
print(f)
try:
    undefined_thing += 1
except NameError as e:
    print('NameError:', e)
