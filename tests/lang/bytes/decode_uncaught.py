# exit: 1
# An uncaught UnicodeDecodeError: CPython's traceback and message.
data = b'ok so far'
print(data.decode())
print(b'\xff'.decode())
