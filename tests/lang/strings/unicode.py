# Non-ASCII strings: lengths, case mapping, comparisons, escapes in repr.
words = ['café', 'naïve', 'Ωmega', '日本語', 'emoji😀', 'ß', 'İ']
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], repr(w), [hex(ord(c)) for c in w][:3])
print(sorted(words))
print('é' == '\u00e9', 'e\u0301' == 'é', len('e\u0301'))
print(repr('\u200b'), repr('\xa0'), repr('\u2028'), repr('\x1b[0m'), repr('\U0001F600'))
print('ǅ'.isupper(), 'ǅ'.istitle(), 'Σ'.lower(), 'ΣΑΣ'.lower(), 'ﬁ'.upper())
print('x'.center(5, '✓'), '中'.ljust(3, '.') + '|', '%5s|' % 'ü')
print('١٢٣'.isdigit(), int('١٢٣'), '²'.isdigit(), '²'.isdecimal())
