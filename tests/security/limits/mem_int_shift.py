# 1 << 10**12 would be a 125 GB int.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
x = 1 << 10**12
