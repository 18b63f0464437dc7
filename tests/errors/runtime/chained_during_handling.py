# An exception raised while handling another: both tracebacks are printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError('no such key: ' + k)

lookup({}, 'a')
