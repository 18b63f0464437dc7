# List indexing and slicing (reads).
a = list(range(10))
print(a[0], a[-1], a[3], a[-4])
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[8:2:-2], a[-3:], a[100:], a[-100:2])
print(a[1:9:3], a[9:0:-3], a[5:5], a[6:2])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
try:
    a[10]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-11] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    a['1']
except TypeError as e:
    print('TypeError:', e)
try:
    a[1.0]
except TypeError as e:
    print('TypeError:', e)
a[-1] = 99
a[0] += 100
print(a)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][1:], [row[0] for row in m])
m[0][0] = 'changed'
print(m)
