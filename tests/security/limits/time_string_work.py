# Long string builtins in a loop: repetition, join, replace on 10**8
# characters each take a while; the deadline is still met.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
s = "x" * 10**7
while True:
    t = s * 10
    u = ",".join([s] * 10)
    v = t.replace("x", "yz")
