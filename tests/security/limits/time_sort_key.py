# A sort key that never returns.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
def key(x):
    while True:
        pass

sorted([3, 2, 1], key=key)
