# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/evil -> ../outside/secret.txt

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("read", lambda: (d / "evil").read_text())
attempt("bytes", lambda: (d / "evil").read_bytes())
attempt("open", lambda: (d / "evil").open().read())
attempt("stat", lambda: (d / "evil").stat().st_size)
attempt("is_file", lambda: (d / "evil").is_file())
