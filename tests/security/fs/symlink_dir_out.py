# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/outdir -> ../outside

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("read through dir link", lambda: (d / "outdir" / "secret.txt").read_text())
attempt("iterdir dir link", lambda: list((d / "outdir").iterdir()))
attempt("glob dir link", lambda: d.glob("outdir/*"))
attempt("is_dir", lambda: (d / "outdir").is_dir())
