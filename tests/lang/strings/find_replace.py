# find, rfind, index, rindex, count, replace, startswith, endswith, in.
s = 'the cat sat on the mat with the hat'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('dog'), s.find('at', 5, 10))
print(s.index('cat'), s.rindex('at'), s.count('the'), s.count('at'), s.count(''), 'aaaa'.count('aa'))
print(s.replace('the', 'a'), s.replace('the', 'THE', 2), 'aaa'.replace('a', 'bb'))
print('abc'.replace('', '-'), 'abc'.replace('x', 'y'), ''.replace('', 'z'))
print(s.startswith('the'), s.startswith('cat', 4), s.endswith('hat'), s.endswith(('mat', 'hat')))
print(s.startswith(('x', 'th')), 'abc'.startswith(''), 'abc'.endswith('bc', 0, 3), 'abc'.endswith('b', 0, 2))
print('cat' in s, 'dog' in s, '' in s, 'the cat' not in s)
print('héllo'.find('l'), 'héllo'.index('o'), '中文中文'.rfind('中'))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('dog')
except ValueError as e:
    print('ValueError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
