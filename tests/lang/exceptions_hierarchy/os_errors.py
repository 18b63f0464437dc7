# OSError family: constructor args, errno/strerror attributes, subclass catching, str forms.
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), e.args)
f = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(f.errno, f.strerror, f.filename, str(f), isinstance(f, OSError))
print(str(OSError("plain message")), OSError("plain").errno, OSError().args)
for cls in (FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError):
    try:
        raise cls("boom")
    except OSError as err:
        print(cls.__name__, "caught as OSError:", type(err).__name__, err)
try:
    raise PermissionError(13, "Permission denied", "/secret")
except PermissionError as err:
    print(err.errno, err.strerror, err.filename, err)
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception), issubclass(IOError, OSError))
class MyIOError(OSError):
    pass
try:
    raise MyIOError(5, "I/O error")
except OSError as err:
    print(type(err).__name__, err.errno, err)
errs = [FileNotFoundError("a"), FileExistsError("b"), ValueError("c")]
print([isinstance(x, OSError) for x in errs])
try:
    raise FileExistsError(17, "File exists", "dir")
except (FileNotFoundError, FileExistsError) as err:
    print(repr(err.filename), err.args)
