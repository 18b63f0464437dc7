# file: outside/secret.txt = TOPSECRET-6
# grant: out:rw
import fs

o = fs.root("out")
p = o / "raw.bin"
print(p.write_bytes(bytearray(b"\xe0\x80ab")), p.read_bytes())
try:
    p.read_text()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with p.open("wb") as f:
    print(f.write(bytearray(b"ok")), f.write(b"!"))
print(p.read_text())
