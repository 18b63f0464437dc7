# file: out/a.txt = hello
# file: out/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-2
# grant: out:rw
# symlink: out/dang -> ../outside/created.txt

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
o = fs.root("out")
attempt("open w", lambda: o.joinpath("dang").open("w").write("x"))
attempt("open a", lambda: o.joinpath("dang").open("a").write("x"))
attempt("open x", lambda: o.joinpath("dang").open("x").write("x"))
attempt("is still a link", lambda: (o / "dang").exists())
