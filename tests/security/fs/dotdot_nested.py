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
for rel in ["sub/../../outside/secret.txt", "./../outside/secret.txt", "sub/./../../outside/secret.txt",
            "sub/../sub/../../outside/secret.txt"]:
    attempt(rel, lambda: (d / rel).read_text())
attempt("inside sub/../a.txt", lambda: (d / "sub/../a.txt").read_text())
