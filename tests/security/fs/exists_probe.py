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
attempt("probe existing", lambda: (d / ".." / "outside" / "secret.txt").exists())
attempt("probe missing", lambda: (d / ".." / "outside" / "nothing.txt").exists())
attempt("probe existing stat", lambda: (d / ".." / "outside" / "secret.txt").stat())
attempt("probe missing stat", lambda: (d / ".." / "outside" / "nothing.txt").stat())
