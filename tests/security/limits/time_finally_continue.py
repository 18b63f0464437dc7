# `finally: continue` swallows any exception in flight; the time limit is
# not an exception the script can swallow.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
n = 0
while True:
    try:
        n += 1
    finally:
        continue
