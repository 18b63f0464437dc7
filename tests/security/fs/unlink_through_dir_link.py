# file: out/a.txt = hello
# file: out/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-2
# grant: out:rw
# symlink: out/outdir -> ../outside

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
o = fs.root("out")
attempt("unlink through link", lambda: (o / "outdir" / "secret.txt").unlink())
attempt("rmdir through link", lambda: (o / "outdir" / ".").rmdir())
attempt("mkdir through link", lambda: (o / "outdir" / "new").mkdir(parents=True))
attempt("write through link", lambda: (o / "outdir" / "w.txt").write_text("x"))
attempt("unlink the link itself", lambda: (o / "outdir").unlink())
