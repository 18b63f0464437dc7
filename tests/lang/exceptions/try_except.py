# try/except/else/finally ordering.
def run(fn):
    log = []
    try:
        log.append('try')
        fn()
        log.append('after call')
    except ZeroDivisionError:
        log.append('zde')
    except (KeyError, IndexError) as e:
        log.append('lookup:' + type(e).__name__)
    except Exception as e:
        log.append('other:' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(lambda: None))
print(run(lambda: 1 / 0))
print(run(lambda: {}['k']))
print(run(lambda: [][0]))
print(run(lambda: int('x')))
def raises_type():
    raise TypeError('custom message')
print(run(raises_type))
try:
    try:
        raise ValueError('inner')
    except KeyError:
        print('not here')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)
try:
    raise LookupError('base')
except (IndexError, KeyError):
    print('no')
except LookupError as e:
    print('LookupError caught', e)
try:
    raise KeyError('k')
except LookupError as e:
    print('KeyError is a LookupError', repr(e))
try:
    1 / 0
except ArithmeticError as e:
    print('ArithmeticError', type(e).__name__)
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('as-name is deleted:', err)
