# Concatenation, repetition, iteration, comparisons, ord/chr.
a = 'ab'
print(a + 'cd', a * 3, 3 * a, a * 0, a * -2, '' * 10, repr(a * 0))
b = a
b += 'x'
print(a, b)
print([c for c in 'héllo'], list('abc'), tuple('xy'))
print(sorted('banana'), sorted('Banana'), max('hello'), min('hello'))
print(ord('a'), ord('A'), ord('0'), ord('é'), ord('€'), ord('😀'))
print(chr(97), chr(65), chr(233), chr(8364), chr(128512), chr(0x4e2d))
print(str(12), str(1.5), str(None), str(True), str([1, 'a']), str('x'))
print(repr('a'), repr("a'b"), repr('a"b'), repr('a\'b"c'), repr('\n'), repr('é'), repr('\x7f'))
print(len(''), len('abc'), len('é'), len('😀😀'))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
s = ''
for i in range(10):
    s += str(i)
print(s, s[::3])
