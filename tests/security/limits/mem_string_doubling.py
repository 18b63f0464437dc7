# A string that doubles each step: 2**26 characters is past 64M, reached in
# a few dozen steps; the doubling that does not fit raises MemoryError.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 10
s = "x"
while True:
    s += s
