# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/loop1 -> loop2
# symlink: data/loop2 -> loop1
# symlink: data/self -> self

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("loop read", lambda: (d / "loop1").read_text())
attempt("self read", lambda: (d / "self").read_text())
attempt("loop exists", lambda: (d / "loop1").exists())
attempt("iterdir", lambda: [p.name for p in d.iterdir()])
