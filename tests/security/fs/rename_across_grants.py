# file: out/a.txt = hello
# file: out2/b.txt = world
# file: outside/secret.txt = TOPSECRET-3
# grant: out:rw
# grant: out2:rw

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
a = fs.root("out") / "a.txt"
b = fs.root("out2") / "moved.txt"
attempt("rename across", lambda: a.rename(b))
attempt("a still there", lambda: a.read_text())
attempt("b absent", lambda: b.exists())
