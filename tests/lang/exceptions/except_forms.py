# except with tuples, ordering of clauses, catching base classes, Exception vs BaseException.
def classify(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError) as e:
        return 'arith ' + type(e).__name__
    except (IndexError, KeyError):
        return 'lookup'
    except ValueError as e:
        return 'value ' + str(e)
    except Exception as e:
        return 'exception ' + type(e).__name__
for exc in [ZeroDivisionError('z'), OverflowError(), IndexError(), KeyError('k'), ValueError('v'),
            UnboundLocalError('u'), TypeError(), AttributeError('a'), NotImplementedError(),
            RuntimeError(), AssertionError(), StopIteration()]:
    print(type(exc).__name__, '->', classify(exc))
try:
    raise UnboundLocalError('ule')
except NameError as e:
    print('caught as NameError:', type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
errs = (TypeError, ValueError)
try:
    int('nope')
except errs as e:
    print('dynamic tuple', type(e).__name__)
try:
    try:
        raise ValueError('x')
    except TypeError:
        print('no')
except Exception as e:
    print('propagated', repr(e))
