import re

patterns = [
    '(a', '((a)', 'a)', '*a', 'a**', 'a{2}*', 'a|*', '(*)', '^*', 'x{5,3}', '[z-a]',
    '[\\d-z]', '[a', '[]', '\\q', '\\', '\\x1', '\\u12', '\\U00110000', '\\8', '\\1', '(a)\\2',
    '\\777', '[\\8]', '[\\777]', '(?Px)', '(?P<>a)', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?z)a', '(?i', '(?-i)a', '(?i-:a)', 'a(?i)b', '(?#abc', '(?<n>a)', '[\\A]',
    'ab\n(c', 'x\ny\n[z',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)

for args in [(123, 'x'), ('a', 123), ('a', None), ('a', ['a'])]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)

for tmpl in [r'\q', '\\', r'\g', r'\g<', r'\g<>', r'\g<1', r'\g<5>', r'\3', r'\g<a-b>']:
    try:
        re.sub('(a)(b)', tmpl, 'ab')
        print(repr(tmpl), 'ok')
    except re.error as e:
        print(repr(tmpl), '->', e)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError:', e)
e = re.error('custom', 'abc', 1)
print(e, e.msg, e.pos, e.lineno, e.colno)
e = re.error('plain')
print(e, e.pattern, e.pos, e.lineno)
print(issubclass(re.error, Exception), re.error.__name__)
