# Walrus in parsing loops: consuming tokens, reading chunks, matching prefixes, accumulating state.
import re
text = "x=1; y = 22;z=333 ; bad; w=4"
pairs = {}
errors = []
for part in text.split(";"):
    if (m := re.fullmatch(r"\s*(\w+)\s*=\s*(\d+)\s*", part)):
        pairs[m.group(1)] = int(m.group(2))
    elif (stripped := part.strip()):
        errors.append(stripped)
print(pairs, errors)
data = list(range(1, 20))
pos = 0
chunks = []
while (chunk := data[pos:pos + 5]):
    chunks.append(sum(chunk))
    pos += len(chunk)
print(chunks, pos)
tokens = iter("3 + 4 * 2 - 1".split())
expr = []
while (tok := next(tokens, None)) is not None:
    expr.append(int(tok) if tok.isdigit() else tok)
print(expr)
values = [4, 9, 16, 25, 30]
roots = [r for v in values if (r := v ** 0.5) == int(r)]
print(roots)
lines = ["# comment", "key: value", "", "other: thing", "noseparator"]
config = {}
for line in lines:
    if not (line := line.strip()) or line.startswith("#"):
        continue
    if (idx := line.find(":")) < 0:
        config.setdefault("_invalid", []).append(line)
        continue
    config[line[:idx].strip()] = line[idx + 1:].strip()
print(config)
n = 27
steps = 0
while (n := (n // 2 if n % 2 == 0 else 3 * n + 1)) != 1:
    steps += 1
print(steps + 1)
print([y for x in range(6) if (y := x * x) % 2 == 0], (total := sum(range(5))), total)
