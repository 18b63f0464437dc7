# Assignment expressions (:=) in conditions, comprehensions, while loops; scope rules.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
it = iter(data)
out = []
while (x := next(it, None)) is not None:
    out.append(x * 2)
print(out, x)
print([y for v in data if (y := v * v) > 10], y)
print([(s := s + v) for v in range(5)] if (s := 0) == 0 else None, s)
def first_long(words):
    if any(len(w := word) > 4 for word in words):
        return w
    return None
print(first_long(["a", "abcde", "xyzzyx"]), first_long(["a"]))
import re
text = "key=value"
if m := re.match(r"(\w+)=(\w+)", text):
    print(m.group(1), m.group(2))
if not (m2 := re.match(r"\d+", text)):
    print("no digits", m2)
total = 0
values = [5, 3, 7, 2]
while values and (v := values.pop()) != 7:
    total += v
print(total, v, values)
print((a := 10) + (b := 20), a, b)
print(f"{(q := 6) * 7} {q}")
def g():
    [(inner := i) for i in range(3)]
    return inner
print(g())
chunks = []
buf = list(range(10))
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print([z for z in range(3) if (w2 := z) > 0], w2)
