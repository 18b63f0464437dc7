# 2 ** (10 ** 10) has 10**10 bits (1.25 GB): GMP cannot be interrupted, so
# the size is checked against the heap limit before it starts.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
x = 2 ** (10 ** 10)
