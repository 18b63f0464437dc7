# Text processing: caesar cipher, palindromes, run-length encoding, title case, wrapping.
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord('a') if c.islower() else ord('A')
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
msg = 'Hello, World! xyz'
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ['A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']:
    print(repr(s), is_pal(s))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
print(rle('aaabccddddde'), rle(''), rle('x'))
def wrap(text, width):
    lines, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap('the quick brown fox jumps over the lazy dog ' * 3, 20):
    print('|%-20s|' % line)
print(' '.join(w[::-1] for w in 'reverse each word'.split()))
print(sorted('listen') == sorted('silent'), ''.join(sorted(set('mississippi'))))
