# += and *= change a bytearray in place; + and * make new objects.
a = bytearray(b'ab')
alias = a
a += b'cd'
print(a, alias is a)
a += bytearray(b'!')
print(a, alias is a)
a *= 2
print(a, alias is a, len(a))
a *= 1
print(a)
a *= 0
print(a, alias is a)
b = bytearray(b'xy')
b *= -3
print(b)
c = bytearray(b'q')
d = c + b'r'
e = c * 3
f = 2 * c
print(c, d, e, f, d is c, type(d).__name__, type(b'r' + c).__name__)
for op in [lambda x: x.__iadd__('str'), lambda x: x.__imul__('n')]:
    try:
        op(bytearray(b'z'))
    except TypeError as e:
        print('TypeError:', e)
g = bytearray(b'g')
try:
    g += 'text'
except TypeError as e:
    print('TypeError:', e, g)
try:
    g *= 'n'
except TypeError as e:
    print('TypeError:', e, g)
try:
    g += 5
except TypeError as e:
    print('TypeError:', e, g)
try:
    g = g - b'x'
except TypeError as e:
    print('TypeError:', e)
try:
    print(bytearray(b'a') + 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('x' + bytearray(b'a'))
except TypeError as e:
    print('TypeError:', e)
try:
    print(bytearray(b'a') * bytearray(b'a'))
except TypeError as e:
    print('TypeError:', e)
h = b'im'
h += bytearray(b'mutable')
print(h, type(h).__name__)
