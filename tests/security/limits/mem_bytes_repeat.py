# A terabyte of bytes in one expression.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
b = b"x" * 10**12
