# str.encode, matching bytes.decode: codecs, handlers and round trips.
text = 'caf\xe9 \u20ac \U0001F600'
data = text.encode()
print(data, len(data), data.decode() == text, text.encode('utf-8') == data)
print('abc'.encode('ascii'), '\xe9'.encode('latin-1'), 'x'.encode('UTF8'), 'x'.encode(' utf 8 '))
print('a\xe9\u20ac'.encode('ascii', 'replace'), 'a\xe9'.encode('ascii', 'ignore'))
print('a\xe9'.encode('ascii', 'backslashreplace'), 'a\u20ac'.encode('latin-1', 'xmlcharrefreplace'))
print('plain'.encode('ascii', 'bogus'), ''.encode(), type(''.encode()).__name__)
for args in [('ascii',), ('latin-1',), ('no-such',), ('ascii', 'bogus'), (5,)]:
    try:
        print('a\u20ac\u20acb'.encode(*args))
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    '\xff'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
for s in ['', 'ascii only', '\x00\x7f\x80\xff', '\u0800\uffff', '\U00010000\U0010ffff']:
    for codec in ['utf-8', 'latin-1']:
        try:
            round_trip = s.encode(codec).decode(codec) == s
            print(codec, len(s.encode(codec)), round_trip)
        except UnicodeEncodeError as e:
            print(codec, 'UnicodeEncodeError:', e)
