# An infinite loop that swallows every exception, BaseException included:
# running out of fuel is uncatchable and ends the script with exit 3.
# args: --fuel 100000
# exit: 3
# stderr-contains: capy: fuel exhausted (--fuel 100000)
# max-seconds: 10
print("start")
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
    finally:
        print("finally ran?!")
