# Native memory the heap does not see: str.split builds its list of pieces
# (16 bytes each, 5e7 of them) in a native vector before any object exists.
# The child's address-space cap (RLIMIT_AS: 2 x --mem + 512M over its size
# at start) stops it: exit 3, "memory limit exceeded", and no C++ exception
# or signal escapes.
# args: --mem 256M
# exit: 3
# stderr-contains: capy: memory limit exceeded (native allocation failed)
# max-seconds: 30
print("start", flush=True)
s = "ab" * (5 * 10**7)
pieces = s.split("b")
print("survived?!")
