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
attempt("rmdir root", lambda: o.rmdir())
attempt("unlink root", lambda: o.unlink())
attempt("rename root", lambda: o.rename("x"))
attempt("write root", lambda: o.write_text("x"))
attempt("mkdir ..", lambda: (o / "..").mkdir())
attempt("mkdir ../x", lambda: (o / ".." / "x").mkdir())
