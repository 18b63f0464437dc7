# file: out/a.txt = hello
# file: out/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-2
# grant: out:rw
# symlink: out/link -> ../outside/secret.txt

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
o = fs.root("out")
attempt("write_text over link", lambda: (o / "link").write_text("replaced"))
attempt("read back", lambda: (o / "link").read_text())
