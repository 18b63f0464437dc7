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

import fs
d = fs.root("data")
p = d / "a.txt"
attempt("write_text", lambda: p.write_text("x"))
attempt("write_bytes", lambda: p.write_bytes(b"x"))
for mode in ["w", "a", "x", "r+", "w+", "a+", "wb", "r+b"]:
    attempt("open " + mode, lambda: p.open(mode))
attempt("new file", lambda: (d / "new.txt").write_text("x"))
attempt("mkdir", lambda: (d / "newdir").mkdir())
attempt("unlink", lambda: p.unlink())
attempt("rmdir", lambda: (d / "sub").rmdir())
attempt("rename", lambda: p.rename(d / "b.txt"))
attempt("touch", lambda: (d / "t.txt").touch())
attempt("content", lambda: p.read_text())
