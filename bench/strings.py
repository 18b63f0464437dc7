# strings: string building and scanning. f-strings with format specs, short
# concatenations, str.join over a big list, then split / int() / upper /
# count / replace over the result. Measures string allocation and the common
# str methods rather than any single operation.


def build_lines(n):
    lines = []
    for i in range(n):
        line = "row" + str(i % 97) + ":"
        for j in range(4):
            line += "ab"[j % 2] + str((i + j) % 10)
        lines.append(line)
    return "\n".join(lines)


def build_items(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i:05d}={i * 7 % 1000}/{i / 8:.2f}")
    return ",".join(parts)


def scan(s):
    total = 0
    for field in s.split(","):
        key, val = field.split("=")
        num, frac = val.split("/")
        total += int(num) + len(key) + len(frac)
    up = s.upper()
    hits = up.count("ITEM1")
    shorter = s.replace("item", "it")
    return total, hits, len(shorter)


def main():
    checksum = 0
    for rounds in range(6):
        text = build_lines(40000 + rounds)
        checksum += len(text) + text.count("a3")
        items = build_items(30000 + rounds)
        total, hits, shorter = scan(items)
        checksum += total + hits + shorter
    print("strings", checksum)


main()
