# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/up -> ../../../../../../../../proc/self/root/etc/passwd

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("read", lambda: (d / "up").read_text())
