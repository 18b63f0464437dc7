# re: alternation with groups, optional groups (None), lastindex, finditer spans, VERBOSE, sub backrefs.
import re
m = re.match(r"(\d+)(?:\.(\d+))?(?:-(\w+))?", "3.14-beta")
print(m.groups(), m.group(0), m.group(1, 3), m.lastindex, m.span(2))
m = re.match(r"(\d+)(?:\.(\d+))?(?:-(\w+))?", "42")
print(m.groups(), m.groups("default"), m.group(2), m.span(2))
date = re.compile(r"""
    (?P<y>\d{4})   # year
    -(?P<m>\d{2})  # month
    -(?P<d>\d{2})  # day
""", re.VERBOSE)
for s in ("2024-02-29", "99-1-1", "on 2023-12-31 ok"):
    m = date.search(s)
    print(s, m.groupdict() if m else None, m.span() if m else None)
print(date.sub(r"\g<d>/\g<m>/\g<y>", "from 2024-01-05 to 2024-03-07"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2)[::-1], "hello big world"))
print([(m.group(), m.start()) for m in re.finditer(r"[aeiou]+", "beautiful sequoia")])
print(re.findall(r"(?i)th\w*", "The thin Thread THAT"), re.findall(r"\bcat\b", "cat concat cat."))
print(re.split(r"(,)|;", "a,b;c"), re.findall(r"(\w+)=(\w*)", "a=1 b= c=3"))
print(re.match(r"a|ab", "ab").group(), re.match(r"ab|a", "ab").group(), re.fullmatch(r"a|ab", "ab").group())
print(re.findall(r"\d{2,3}", "1 12 123 1234 12345"), re.findall(r"\d{2,3}?", "12345"))
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"[^<>]+", "<a>x<b>y"))
pat = re.compile(r"(?P<key>\w+):\s*(?P<val>[^;]+);?")
print({m["key"]: m["val"].strip() for m in pat.finditer("host: example.org; port:8080;user : x")})
print(pat.pattern[:12], bool(pat.flags & re.UNICODE), pat.groups, sorted(pat.groupindex.items()))
print(re.sub(r"\s+", "", " a b\tc\n"), re.sub("x*", "-", "abc"), re.subn(r"\d", "#", "a1b22", count=2))
print(re.search(r"^\s*$", "   ") is not None, re.search(r"\Aabc\Z", "abc\n"), re.search(r"abc$", "abc\n") is not None)
