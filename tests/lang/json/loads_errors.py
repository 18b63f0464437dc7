import json

bad = [
    '', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1',
    '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '"abc', '"abc\\', '"\\x"', '"\\u12"',
    '"\\u12G4"', '"\\ud800\\u12G4"', '"a\nb"', '"a\x01"', '[1] x', '1 2', '01', '1.', '-',
    '-a', '.5', 'nul', 'tru', 'nan', 'infinity', '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b" 2\n}',
    '"é" x', '["日本", bad]', '\ufeff[1]', 'truex', '1e', '1.e5', '[-]', '"\\u"',
]
for d in bad:
    try:
        json.loads(d)
        print(repr(d), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(d), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)

try:
    json.loads('[1,]')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)

e = json.JSONDecodeError("Custom message", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.pos, e.msg)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
print(json.JSONDecodeError.__module__)

for v in [1, None, [1], object()]:
    try:
        json.loads(v)
    except TypeError as e:
        print("TypeError:", e)

try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except RecursionError as e:
    print("RecursionError:", e)
print(len(json.dumps(json.loads('[' * 200 + ']' * 200))))
try:
    json.loads('{"a": [1, 2, }')
except json.JSONDecodeError as e:
    print("caught", e)
