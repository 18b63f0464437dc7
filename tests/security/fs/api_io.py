# file: data/a.txt = hello\nworld\nlast
# file: data/u.txt = héllo
# file: outside/secret.txt = TOPSECRET-5
# grant: data
# grant: out:rw
import fs

d = fs.root("data")
o = fs.root("out")
print(repr((d / "a.txt").read_text()), (d / "a.txt").read_bytes()[:5])
with (d / "a.txt").open() as f:
    print(repr(f.readline()), repr(f.read(3)), f.tell(), repr(f.readline()))
    print(f.readlines(), repr(f.read()), f.closed)
print(f.closed)
with (d / "a.txt").open("rb") as f:
    print(f.read(4), f.seek(-4, 2), f.read(), f.tell())
print([line.rstrip("\n") for line in (d / "a.txt").open()])
st = (d / "a.txt").stat()
print(st.st_size, type(st.st_mtime).__name__, oct(st.st_mode & 0o170000))
w = o / "new.txt"
print(w.write_text("line1\nline2\n"), w.read_text().splitlines())
print(w.write_bytes(b"\x00\x01"), w.read_bytes())
with (o / "log.txt").open("w") as f:
    print(f.write("a"), f.write("bc\n"), f.writable(), f.readable())
with (o / "log.txt").open("a") as f:
    f.write("more\n")
with (o / "log.txt").open("r+") as f:
    print(repr(f.read()))
    f.seek(0)
    f.write("X")
print(repr((o / "log.txt").read_text()))
try:
    (o / "log.txt").open("x")
except FileExistsError as e:
    print("FileExistsError", e)
with (o / "x.txt").open("x") as f:
    f.write("fresh")
print((o / "x.txt").read_text())
(o / "d1" / "d2").mkdir(parents=True)
(o / "d1" / "d2" / "f.txt").write_text("in")
print([str(p) for p in o.iterdir()])
print(o.glob("*.txt"), o.glob("**/*.txt"), o.glob("d?/*"))
(o / "d1" / "d2" / "f.txt").rename(o / "moved.txt")
(o / "d1" / "d2").rmdir()
try:
    (o / "d1").rmdir()
    print("removed d1")
except OSError as e:
    print(type(e).__name__, e)
(o / "moved.txt").unlink()
(o / "moved.txt").unlink(missing_ok=True)
try:
    (o / "moved.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    (o / "new.txt").mkdir()
except FileExistsError as e:
    print("FileExistsError", e)
(o / "new.txt").mkdir(exist_ok=False) if False else None
print(sorted(p.name for p in o.iterdir()))
print(repr((d / "u.txt").read_text()), len((d / "u.txt").read_bytes()))
