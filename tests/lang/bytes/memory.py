# Huge sizes fail at once with MemoryError (or OverflowError past an index), never hang.
for make in [lambda: bytes(10 ** 12), lambda: b'x' * 10 ** 12, lambda: b'ab' * (2 ** 40),
             lambda: bytearray(10 ** 12), lambda: bytearray(b'xy') * 10 ** 12,
             lambda: b'x'.center(10 ** 12), lambda: b'x'.zfill(10 ** 12), lambda: b'x'.ljust(2 ** 40)]:
    try:
        make()
        print('built')
    except MemoryError:
        print('MemoryError')
for make in [lambda: bytes(10 ** 20), lambda: b'x' * 10 ** 20, lambda: b'x' * -(10 ** 30),
             lambda: b'\t'.expandtabs(2 ** 40)]:
    try:
        make()
    except OverflowError as e:
        print('OverflowError:', e)
ba = bytearray(b'ab')
try:
    ba *= 10 ** 12
except MemoryError:
    print('MemoryError', ba)
chunks = [bytes(1000) for _ in range(100)]
print(len(b''.join(chunks)), sum(len(c) for c in chunks))
