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
ro = (o / "a.txt").readonly()
rw = o / "a.txt"
# A script can move handles between its own Path objects; it only ever
# holds what it was given, so a read-only handle stays read-only.
fake = object.__new__(fs.Path)
fake._h = ro._h
attempt("write via copied ro handle", lambda: fake.write_text("x"))
attempt("readonly of copy", lambda: fake.is_readonly())
attempt("content", lambda: rw.read_text())
