# Iterating a bytearray sees changes made during the loop, as CPython does.
b = bytearray(b'abc')
seen = []
for x in b:
    seen.append(x)
    if x == 97:
        b.append(100)
    if len(b) > 6:
        break
print(seen, b)
b = bytearray(b'abcdef')
out = []
for x in b:
    out.append(x)
    del b[-1]
print(out, b)
it = iter(bytearray(b'xy'))
print(next(it), next(it), next(it, None))
r = reversed(bytearray(b'abc'))
print(list(r), list(enumerate(bytearray(b'hi'))), [c for c in bytearray(3)])
b = bytearray(b'grow')
for i in range(1000):
    b.append(i % 256)
print(len(b), b[:8], b[-3:], sum(b) % 1000)
while b:
    b.pop()
print(b, len(b))
