# A demo of capy's sandbox: run it with
#   ./build/capy --dir data=examples/data examples/demo.py
# The script sees only the directory granted as "data", read-only.
import fs
from collections import Counter

data = fs.root("data")
print("granted:", fs.roots())
for path in data.glob("*.txt"):
    words = path.read_text().lower().replace(".", " ").replace(";", " ").split()
    print(path, "->", len(words), "words; top 3:", Counter(words).most_common(3))

# Everything outside the grant is out of reach, whatever the path says.
for attempt in ["../../etc/passwd", "/etc/passwd"]:
    try:
        (data / attempt).read_text()
    except PermissionError as e:
        print("refused:", e)
try:
    (data / "new.txt").write_text("hello")
except PermissionError as e:
    print("refused:", e)
