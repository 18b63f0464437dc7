# file: out/a.txt = hello
# file: out/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-2
# grant: out:rw

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
o = fs.root("out")
f = o.joinpath("a.txt").open()
f.close()
attempt("read closed", lambda: f.read())
attempt("write to r", lambda: o.joinpath("a.txt").open().write("x"))
attempt("read from w", lambda: o.joinpath("w.txt").open("w").read())
attempt("bad mode", lambda: o.joinpath("a.txt").open("rw"))
attempt("bad mode 2", lambda: o.joinpath("a.txt").open("q"))
attempt("bytes to text", lambda: o.joinpath("t.txt").open("w").write(b"x"))
attempt("str to binary", lambda: o.joinpath("t.txt").open("wb").write("x"))
attempt("open dir", lambda: o.joinpath("sub").open())
attempt("with closed", lambda: f.__enter__())
