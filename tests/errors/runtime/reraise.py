# A bare raise re-raises the active exception with its original traceback entry.
def parse(s):
    try:
        return int(s)
    except ValueError:
        print('parse failed for', repr(s))
        raise

parse('x1')
