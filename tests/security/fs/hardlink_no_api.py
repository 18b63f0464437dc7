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
p = o / "a.txt"
for name in ["link_to", "hardlink_to", "symlink_to", "chmod", "owner", "resolve", "absolute", "expanduser"]:
    print(name, hasattr(p, name))
