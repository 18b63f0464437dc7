import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords('hello   world  foo'), string.capwords(' a-b c-d ', '-'), string.capwords(''))
print(string.capwords('ÄBC déf'), string.capwords('x,y,,z', ','))
