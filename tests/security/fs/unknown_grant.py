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
print(fs.roots())
attempt("missing grant", lambda: fs.root("outside"))
attempt("empty name", lambda: fs.root(""))
attempt("host path as name", lambda: fs.root("/"))
