# 10**10**10 is 10**(10**10): 3.3e10 bits, far past the limit.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 5
x = 10**10**10
