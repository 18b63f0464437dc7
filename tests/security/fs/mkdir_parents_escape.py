# file: out/a.txt = hello
# file: out/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-2
# grant: out:rw

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
o = fs.root("out")
attempt("parents through ..", lambda: (o / "sub" / ".." / ".." / "outside" / "newdir").mkdir(parents=True))
attempt("parents ok", lambda: (o / "x" / "y" / "z").mkdir(parents=True))
attempt("exists", lambda: (o / "x" / "y" / "z").is_dir())
attempt("exist_ok false", lambda: (o / "x").mkdir())
