# A dict that grows until the heap limit (rehashing doubles the table).
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 30
table = {}
i = 0
while True:
    table[i] = i
    i += 1
