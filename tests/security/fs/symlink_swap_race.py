# file: data/a.txt = hello
# file: data/sub/b.txt = inner
# file: outside/secret.txt = TOPSECRET-1
# grant: data
# swap: data/race -> ../outside/secret.txt | a.txt

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import fs
d = fs.root("data")
p = d / "race"
ok = 0
refused = 0
other = 0
for i in range(3000):
    try:
        s = p.read_text()
        if s == "hello":
            ok += 1
        else:
            print("LEAK", s)
    except PermissionError:
        refused += 1
    except OSError:
        other += 1
print("no leak in", ok + refused + other, "reads")
