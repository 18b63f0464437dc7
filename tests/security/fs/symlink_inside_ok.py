# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/ok -> a.txt
# symlink: data/okdir -> sub

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("link to file inside", lambda: (d / "ok").read_text())
attempt("link to dir inside", lambda: (d / "okdir" / "b.txt").read_text())
