# re in practice: log parsing with groups, named groups, sub with functions, split, flags.
import re
log = """2024-01-05 12:00:01 INFO  start pid=42
2024-01-05 12:00:02 WARN  disk 91%
2024-01-05 12:00:07 ERROR failed code=7
2024-01-06 00:00:00 INFO  rotate"""
pat = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\S+) (\w+)\s+(.*)$", re.M)
for m in pat.finditer(log):
    print(m.group(4), m.group(5), repr(m.group(6)), m.span(5))
levels = re.findall(r"\b(INFO|WARN|ERROR)\b", log)
print(levels, len(levels))
kv = dict(re.findall(r"(\w+)=(\d+)", log))
print(kv)
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", log)
print(m.group("year"), m["mon"], m.groupdict(), m.start(), m.end())
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com now"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip(), re.subn("a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "x1y2z"), re.split(r"\s", "a b", maxsplit=1))
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.match(r"hello", "HELLO world", re.I).group(), re.findall(r"^\w", "a\nb\nc", re.M))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"a.c", "abc a\nc"))
email = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for addr in ("a@b.co", "x.y+z@mail.example.org", "bad@", "@bad.com", "no at.com"):
    print(addr, bool(email.match(addr)))
print(re.escape("1+1=2?"), re.findall(re.escape("a.b"), "a.b axb"))
tokens = re.findall(r"\d+\.\d+|\d+|[-+*/()]", "3.5 * (2 + 10) / 4")
print(tokens)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__)
print(re.sub(r"(?i)CAT", "dog", "Cat cat CAT"), re.findall(r"colou?r", "color colour colr"))
