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
files = []
try:
    for i in range(200):
        files.append((o / "a.txt").open())
except OSError as e:
    print(type(e).__name__, e.errno, len(files))
for f in files:
    f.close()
attempt("after close", lambda: (o / "a.txt").open().read())
