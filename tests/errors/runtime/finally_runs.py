# finally blocks run (and print) before the traceback.
def work():
    try:
        print('working')
        raise KeyError('job')
    finally:
        print('cleanup')

work()
