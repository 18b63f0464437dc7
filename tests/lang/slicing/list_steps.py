# Slicing lists with positive/negative steps and out-of-range bounds.
a = list(range(10))
print(a[2:7])
print(a[:3], a[7:])
print(a[::2], a[1::2])
print(a[::-1])
print(a[8:2:-2])
print(a[-3:])
print(a[-100:100])
print(a[5:2])
print(a[2:5:-1])
print(a[::3])
print(a[-1:-5:-1])
print(a[100:])
print(a[:-100])
print(a[3:-3])
print(a[::-3])
for step in (1, 2, 3, -1, -2, -4):
    print(step, a[::step], a[1:9:step], a[9:1:step])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["x":]
except TypeError as e:
    print(type(e).__name__, e)
print(a[None:None:None] == a, a[:] is a)
b = a[:]
b[0] = 99
print(a[0], b[0])
print(a[True:3], a[False:True])
