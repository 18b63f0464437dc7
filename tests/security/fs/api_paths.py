# file: data/a.txt = hello\nworld\n
# file: data/sub/b.py = print(1)\n
# file: data/sub/c.tar.gz = x
# file: data/.hidden = h
# file: outside/secret.txt = TOPSECRET-4
# grant: data
import fs

print(fs.roots())
d = fs.root("data")
p = d / "sub" / "c.tar.gz"
print(str(p), repr(p))
print(p.name, p.stem, p.suffix, p.suffixes, p.parts)
print(p.parent, p.parent.parent, d.parent, d.name == "", d.parts)
print(d.joinpath("sub", "b.py") == d / "sub/b.py", d / "sub" == d / "sub/", d / "./sub" == d / "sub")
print(sorted([d / "b", d / "a", d / "sub/a"]))
print(len({d / "a.txt", d / "a.txt", d / "sub"}))
print(p.with_name("z.txt"), p.with_suffix(".zip"), (d / "a.txt").with_suffix(""))
print([str(x) for x in p.parents])
print(d.root, p.root)
try:
    d.with_name("x")
except ValueError as e:
    print("ValueError", e)
print(isinstance(p, fs.Path), type(p).__name__)
