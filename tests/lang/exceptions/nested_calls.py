# Exceptions propagate through nested calls and loops to the nearest handler.
def level3(x):
    if x == 0:
        raise ValueError('zero at level3')
    return 10 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except TypeError:
        return 'type error handled at level1'
for v in [5, 'a', 0]:
    try:
        print(v, level1(v))
    except ValueError as e:
        print(v, 'caught at top:', e)
def cleanup_chain(n):
    try:
        if n == 0:
            raise KeyError(n)
        cleanup_chain(n - 1)
    finally:
        print('unwinding', n)
try:
    cleanup_chain(3)
except KeyError as e:
    print('KeyError', e)
def gen_errors():
    errs = []
    for item in [1, 0, 'x', None, 4]:
        try:
            errs.append(12 // item)
        except ZeroDivisionError:
            errs.append('zde')
        except TypeError:
            errs.append('type')
            continue
        finally:
            errs.append('f')
    return errs
print(gen_errors())
def handler_raises():
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
try:
    handler_raises()
except IndexError as e:
    print('IndexError', e, type(e.__context__).__name__)
