# A terabyte string in one expression: refused up front, not after trying.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
s = "x" * 10**12
