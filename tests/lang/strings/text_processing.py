# Text processing with str methods only: word wrap, justification, caesar, palindromes, slugify.
text = ("Capy runs a dialect of Python three point eleven; a capy program prints exactly "
        "what CPython prints for it, or fails with a clear error.")
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for ln in wrap(text, 28):
    print(f"|{ln:<28}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for ln in wrap(text, 30)[:3]:
    print(f"|{justify(ln, 30)}|")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 30))
def is_pal(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
print([is_pal(s) for s in ("A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon")])
def slugify(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.strip())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")
print(slugify("  Hello, World! It's 2024 -- yes  "), slugify("---"), slugify("Ünïcode Tëxt"))
counts = {}
for w in text.lower().replace(",", " ").replace(";", " ").replace(".", " ").split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(text.title()[:30], text.count("a"), text.find("capy"), text.rfind("capy"), len(text.split(";")))
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, "-".join(reversed("a-b-c".split("-"))), " ".join(w.capitalize() for w in "mixed CASE words".split()))
