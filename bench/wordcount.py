# wordcount: dict and list work. Words come from a Park-Miller generator
# (products stay below 2**46), get counted in a dict with .get, ranked, and
# then a list is pushed, popped, sliced, filtered and reversed.

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to",
             "va", "xe", "zo", "qu", "da", "fe", "gi", "ho"]


def words(n, seed):
    out = []
    for _ in range(n):
        seed = seed * 16807 % 2147483647
        r = seed
        w = SYLLABLES[r % 16] + SYLLABLES[(r // 16) % 16]
        if (r // 256) % 4 == 0:
            w = w + SYLLABLES[(r // 1024) % 16]
        out.append(w)
    return out, seed


def count_words(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def rank(counts):
    best = []
    for w in counts:
        best.append((-counts[w], w))
    best.sort()
    score = 0
    for i in range(10):
        score += (i + 1) * -best[i][0]
    return len(counts), score


def list_work(n):
    xs = []
    for i in range(n):
        xs.append(i * 3 % 1001)
    total = 0
    while len(xs) > 1000:
        a = xs.pop()
        b = xs.pop()
        xs.append((a + b) % 1001)
        total += a
    evens = [x for x in xs if x % 2 == 0]
    evens.reverse()
    head = evens[:100]
    return total + sum(head) + len(evens)


def main():
    seed = 42
    checksum = 0
    for _ in range(12):
        ws, seed = words(60000, seed)
        counts = count_words(ws)
        distinct, score = rank(counts)
        checksum += distinct * 1000 + score + counts.get("kalo", 0)
    checksum += list_work(200000)
    print("wordcount", checksum)


main()
