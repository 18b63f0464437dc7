# Iterating over strings, membership, counting characters, building strings.
s = 'hello world'
print([c for c in s if c in 'aeiou'], sum(1 for c in s if c == 'l'))
print({c: s.count(c) for c in sorted(s) if c != ' '})
print('lo w' in s, 'low' in s, '' in '', 'a' not in s)
out = ''
for i, c in enumerate(s):
    out += c.upper() if i % 2 == 0 else c
print(out)
print(list(reversed(s)), s.split('o'), [w.capitalize() for w in s.split()])
print(max(s), min(s.replace(' ', '')), sorted(s, reverse=True)[:3])
acc = []
for ch in 'abc':
    for ch2 in 'xy':
        acc.append(ch + ch2)
print(acc, '-'.join(acc))
