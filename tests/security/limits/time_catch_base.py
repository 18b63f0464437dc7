# The same under --timeout: the VM's deadline check ends it (its message
# says "--timeout", the supervisor's backstop kill would not).
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
print("start")
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
