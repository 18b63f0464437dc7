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
attempt("rename to ..", lambda: (o / "a.txt").rename("../outside/stolen.txt"))
attempt("rename to ../", lambda: (o / "a.txt").rename(o / ".." / "x.txt"))
attempt("rename from outside", lambda: (o / ".." / "outside" / "secret.txt").rename(o / "s.txt"))
attempt("rename inside ok", lambda: str((o / "a.txt").rename("c.txt")))
attempt("listing", lambda: [p.name for p in o.iterdir()])
