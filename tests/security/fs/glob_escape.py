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
attempt("glob ..", lambda: d.glob("../*"))
attempt("glob ../outside", lambda: d.glob("../outside/*.txt"))
attempt("glob abs", lambda: d.glob("/etc/*"))
attempt("glob sub/../..", lambda: d.glob("sub/../../*"))
attempt("glob ok", lambda: d.glob("**/*.txt"))
