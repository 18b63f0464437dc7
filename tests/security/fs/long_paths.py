# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, "errno", None), len(str(e)) < 9000)

import fs
d = fs.root("data")
attempt("long component", lambda: (d / ("x" * 300)).read_text())
attempt("very long path", lambda: (d / ("a/" * 5000 + "x")).exists())
attempt("long dotdot", lambda: (d / ("sub/.." * 3000)).is_dir())
attempt("mkdir long", lambda: (d / ("y" * 4096)).mkdir())
