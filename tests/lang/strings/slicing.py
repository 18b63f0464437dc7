# Slices with every combination of start, stop and step.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1] == '')
print(s[100:], s[-100:3], s[3:100], s[5:2], s[-1:-11:-1], s[10:0:-1], s[0:10:100])
for start in (None, -12, -3, 0, 4, 11):
    for stop in (None, -12, -2, 0, 6, 11):
        for step in (None, 1, 2, -1, -3):
            print(start, stop, step, repr(s[start:stop:step]))
t = 'día ✓ ok'
print(t[1:4], t[::-1], t[4:5])
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
print(s[slice(1, 4)], s[slice(None, None, -1)], slice(1, 2, 3))
