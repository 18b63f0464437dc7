# Holding files open without closing them: the 65th open fails with EMFILE
# (the default budget of 64 open files per script), which the script may
# catch; closing them gives the budget back.
# grant: out:rw
# max-seconds: 10
import fs

out = fs.root("out")
handles = []
try:
    for i in range(1000):
        handles.append((out / f"f{i}.txt").open("w"))
except OSError as e:
    print(len(handles), type(e).__name__, e)
for h in handles:
    h.close()
with (out / "again.txt").open("w") as f:
    print(f.closed)
print(len(list(out.iterdir())))
