# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# symlink: data/root -> /proc/self/root
# symlink: data/cwd -> /proc/self/cwd
# symlink: data/fd -> /proc/self/fd
# symlink: data/exe -> /proc/self/exe

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
attempt("root/etc/passwd", lambda: (d / "root" / "etc" / "passwd").read_text())
attempt("cwd/outside/secret.txt", lambda: (d / "cwd" / "outside" / "secret.txt").read_text())
attempt("fd/0", lambda: (d / "fd" / "0").read_text())
attempt("exe", lambda: len((d / "exe").read_bytes()))
