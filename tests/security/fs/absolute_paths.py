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
attempt("/etc/passwd", lambda: (d / "/etc/passwd").read_text())
attempt("sub then abs", lambda: (d / "sub" / "/etc/passwd").read_text())
attempt("joinpath abs", lambda: d.joinpath("sub", "/etc").exists())
attempt("root by abs name", lambda: fs.root("/etc"))
attempt("root by dotdot", lambda: fs.root(".."))
