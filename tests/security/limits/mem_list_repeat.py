# A list of 10**12 slots (8 TB of pointers) in one expression.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
l = [0] * 10**12
