# \b and \B at the ends of str patterns use Unicode word characters, like \w. (capy: inside a
# pattern, or after other repeats, \b still uses ASCII word characters; see docs/language.md.)
import re
text = "Ærø élan, naïve_x café—über 42 ½ Ωmega"
for pat in [r"\b\w+\b", r"\b\w", r"\w+\b", r"\B\w+", r"\b", r"\B", r"\bé\w*", r"\w*\b", r"\bc",
            r"\b.", r"\B.", r"\bé", r"\b\w\w\b", r"\b\d+\b", r"\s+\b", r"\W*\b",
            r"\bÆ\w+", r"\bu\w*", r"(?a)\b\w+\b", r"(?i)\bÉLAN\b", r"\b(\w)(\w*)\b"]:
    print(repr(pat), re.findall(pat, text))
print(re.sub(r"\b", "|", "ça va, où?"), re.sub(r"\B", "-", "été à"))
print(re.split(r"\b", "ça va"), re.split(r"\W+\b", "déjà vu, ça"))
print(re.match(r"\bé", "été"), re.match(r"\Bé", "été"), re.fullmatch(r"\b\w+\b", "naïve"))
print(re.search(r"\bà\b", "voilà à"), re.search(r"\b\w+\b", "—ñ—"))
print(re.findall(r"\b", ""), re.findall(r"\B", ""), re.match(r"\B", ""), re.match(r"\b", ""))
p = re.compile(r"\b\w+")
print(p.search("éa éb", 1), p.search("éa éb", 2), p.findall("éa éb", 1), p.match("xéa", 1))
print(re.findall(r"\bfoo|é", "afoo éé foo"), re.findall(r"é|\bfoo", "afoo éé foo"))
print([m.span() for m in re.finditer(r"\b\w+\b", "αβγ δ_ε 9ζ")])
