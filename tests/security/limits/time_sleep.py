# Sleeping past the deadline: sleep wakes up to check it.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
import time
try:
    time.sleep(3600)
except BaseException:
    print("caught?!")
