# Native memory the heap does not see: str.split() without a separator decodes
# a non-ASCII text into native arrays of code points and offsets (8 bytes per
# character, here 1.2e8 of them) before any piece exists. The child's
# address-space cap (RLIMIT_AS: 2 x --mem + 512M over its size at start) stops
# it: exit 3, "memory limit exceeded", and no C++ exception or signal escapes.
# args: --mem 256M
# exit: 3
# stderr-contains: capy: memory limit exceeded (native allocation failed)
# max-seconds: 30
print("start", flush=True)
s = "é" * (12 * 10**7)
pieces = s.split()
print("survived?!")
