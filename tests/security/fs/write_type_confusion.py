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
attempt("write_bytes str", lambda: (o / "a.txt").write_bytes("x"))
attempt("write_text bytes", lambda: (o / "a.txt").write_text(b"x"))
attempt("join int", lambda: o / 3)
attempt("join bytes", lambda: o / b"x")
attempt("joinpath None", lambda: o.joinpath(None))
attempt("rename int", lambda: (o / "a.txt").rename(5))
attempt("root int", lambda: fs.root(1))
