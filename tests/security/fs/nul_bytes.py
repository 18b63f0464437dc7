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
attempt("nul", lambda: (d / "a.txt\0../../outside/secret.txt").read_text())
attempt("nul only", lambda: (d / "\0").exists())
attempt("root nul", lambda: fs.root("data\0"))
