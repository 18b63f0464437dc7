# Indexing by code point, negative indices, non-ASCII text.
s = 'héllo wörld ✓ 中文'
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[-4])
for i in range(len(s)):
    print(i, s[i], s[-i - 1], ord(s[i]))
e = '😀a😃'
print(len(e), e[0], e[1], e[2], e[-1] == '😃')
try:
    s[100]
except IndexError as err:
    print('IndexError:', err)
try:
    s[-100]
except IndexError as err:
    print('IndexError:', err)
try:
    s['a']
except TypeError as err:
    print('TypeError:', err)
try:
    s[0] = 'x'
except TypeError as err:
    print('TypeError:', err)
