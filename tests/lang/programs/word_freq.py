# Word frequencies with dicts, sorting by count then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print('%-12s %3d %s' % (w, c, '#' * c))
print(len(words), len(freq), sum(freq.values()))
by_len = {}
for w in sorted(freq):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
