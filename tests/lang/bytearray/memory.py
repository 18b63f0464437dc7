# Growing past the heap is a MemoryError, and the bytearray stays usable.
b = bytearray(b'seed')
for grow in [lambda: b.extend(bytes(10 ** 12)), lambda: b.__imul__(10 ** 12),
             lambda: b.__setitem__(slice(0, 0), bytes(10 ** 12))]:
    try:
        grow()
        print('grew')
    except MemoryError:
        print('MemoryError', b)
b *= 3
print(b)
try:
    bytearray(10 ** 12)
except MemoryError:
    print('MemoryError')
