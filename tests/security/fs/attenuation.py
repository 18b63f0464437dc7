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
ro = o.readonly()
print(o.is_readonly(), ro.is_readonly(), (ro / "sub").is_readonly(), ro.parent.is_readonly())
attempt("ro write", lambda: (ro / "a.txt").write_text("x"))
attempt("ro child write", lambda: (ro / "sub" / "b.txt").write_text("x"))
attempt("ro parent write", lambda: ((ro / "sub").parent / "a.txt").write_text("x"))
attempt("ro readonly again", lambda: ro.readonly().is_readonly())
attempt("ro read", lambda: (ro / "a.txt").read_text())
attempt("ro unlink", lambda: (ro / "a.txt").unlink())
attempt("ro mkdir", lambda: (ro / "d").mkdir())
attempt("rw still writes", lambda: (o / "c.txt").write_text("ok"))
