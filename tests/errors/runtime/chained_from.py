# raise ... from: the cause is printed first.
try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError('computation failed') from e
