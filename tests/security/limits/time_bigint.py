# Big-int products of a few milliseconds each: the loop polls rarely in
# instruction counts but often in time.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
x = 3 ** 10**6
while True:
    y = x * x
