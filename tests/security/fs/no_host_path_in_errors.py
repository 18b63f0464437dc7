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
for rel in ["missing.txt", "sub/missing", "a.txt/x", "sub"]:
    attempt(rel, lambda: (d / rel).read_text())
attempt("str", lambda: str(d / "sub"))
attempt("repr", lambda: repr(d))
