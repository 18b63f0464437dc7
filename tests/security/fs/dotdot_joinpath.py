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
attempt("joinpath", lambda: d.joinpath("sub", "..", "..", "outside", "secret.txt").read_text())
attempt("parts", lambda: d.joinpath("..", "outside").parts)
attempt("stat", lambda: d.joinpath("..", "outside", "secret.txt").stat())
