# Case mapping and is* predicates look at ASCII only.
samples = [b'', b'hello', b'HELLO', b'Hello World', b'hello world', b"they're bill's", b'123', b'abc123',
           b' \t\n', b'MiXeD 42!', b'\xe9t\xc9', b'Ab Cd', b'aB', b'A1 B2', b'\x80']
for s in samples:
    print(s, s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
    print(' ', s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.islower(), s.isupper(),
          s.istitle(), s.isascii())
try:
    b'a'.isdigit(5)
except TypeError as e:
    print('TypeError:', e)
try:
    b'a'.isprintable()
except AttributeError as e:
    print('AttributeError:', e)
try:
    bytes.upper('x')
except TypeError as e:
    print('TypeError:', e)
print(bytes.upper(b'q'), bytes.isalpha(b'q'))
