# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# fifo: data/pipe

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("read fifo", lambda: (d / "pipe").read_text())
attempt("open fifo", lambda: (d / "pipe").open())
attempt("is_file", lambda: (d / "pipe").is_file())
