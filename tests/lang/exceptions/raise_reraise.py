# raise with classes and instances, bare raise, args, str and repr of exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise ValueError('one')
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError('a', 2, None)
except ValueError as e:
    print(repr(e), str(e), e.args, e.args[1])
try:
    raise KeyError('key')
except KeyError as e:
    print(repr(e), str(e), e.args)
def reraise():
    try:
        {}['missing']
    except KeyError:
        print('logging and re-raising')
        raise
try:
    reraise()
except KeyError as e:
    print('re-raised', repr(e))
try:
    try:
        raise IndexError('first')
    except IndexError as e:
        raise RuntimeError('second') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), type(e.__context__).__name__)
err = TypeError('stored')
try:
    raise err
except TypeError as e:
    print(e is err)
print(isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError),
      issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnboundLocalError, NameError))
print(str(Exception('a', 'b')), repr(Exception()), str(KeyError()), repr(StopIteration(5)))
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
