# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/l1 -> l2
# symlink: data/l2 -> sub/l3
# symlink: data/sub/l3 -> ../../outside/secret.txt

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("l1", lambda: (d / "l1").read_text())
attempt("l2", lambda: (d / "l2").read_text())
attempt("sub/l3", lambda: (d / "sub" / "l3").read_text())
