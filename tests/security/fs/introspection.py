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
for obj, name in [(fs.root, "__globals__"), (fs.root, "__code__"), (fs.root, "__closure__"),
                  (fs.Path, "__subclasses__"), (d._h, "__dict__"), (fs, "__dict__"),
                  (fs.Path.read_text, "__globals__"), (d._h, "state")]:
    attempt(name, lambda: getattr(obj, name))
attempt("repr handle", lambda: repr(d._h).startswith("<_fs.PathHandle object at") or repr(d._h).startswith("<PathHandle"))
attempt("dir handle has no state", lambda: "state" in dir(d._h))
