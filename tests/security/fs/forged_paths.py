# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs, _fs
attempt("Path()", lambda: fs.Path("data:a.txt"))
attempt("Path.__new__", lambda: fs.Path.__new__(fs.Path).read_text())
attempt("PathHandle()", lambda: _fs.PathHandle())
attempt("object.__new__ handle", lambda: object.__new__(_fs.PathHandle))
attempt("read with str", lambda: _fs.read_all("data:a.txt", True))
attempt("read with int", lambda: _fs.read_all(3, True))
attempt("file handle forged", lambda: _fs.fread(fs.root("data")._h, -1))
attempt("subclass handle", lambda: type("H", (_fs.PathHandle,), {}))
