import json

docs = [
    'null', 'true', 'false', '0', '-0', '1', '-1', '12345678901234567890123456789',
    '-98765432109876543210', '1.5', '-0.0', '1e5', '1E-5', '2.5e+3', '1e400', '-1e400',
    '0.1', '123.456e-7', '"abc"', '""', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"',
    '"\\u00e9\\u65e5"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00x"', '"\\ud83dabc"',
    '"\\ud83d\\u0041"', '"raw é 日本"', '[]', '[1, 2, 3]', '  [ 1 , [ 2 , [ ] ] ]  ',
    '{}', '{"a": 1}', '{"a": {"b": [true, false, null]}}', '{"a": 1, "a": 2}',
    ' \t\n\r 42 \n', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
    '{"":""}', '[1.0, 2.50, 1e2]',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

print(json.loads('{"b": 2, "a": 1}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 2, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": {}}', object_hook=lambda d: ("hook", len(d))))
print(json.loads('[{"b": 1}, {}]', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('{"a": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=int if False else float))
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('"tab\there"', strict=False))
print(json.JSONDecoder().decode('[1, 2]'))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONDecoder().raw_decode('xx{"a": "é"} yy', 2))
print(json.JSONDecoder().raw_decode('"日本" [1]'))
print(json.JSONDecoder(object_hook=lambda d: list(d)).decode('{"q": 1}'))

# round trips
for v in [[1, "two", 3.0, None, True, {"k": [False]}], {"ü": "\u2603", "n": -1e-300},
          "line\nbreak", 12345678901234567890]:
    assert json.loads(json.dumps(v)) == v
    assert json.loads(json.dumps(v, ensure_ascii=False)) == v
    assert json.loads(json.dumps(v, indent=2)) == v
print("round trips ok")
big = {"items": [{"id": i, "name": "item%d" % i, "tags": ["t"] * (i % 3)} for i in range(200)]}
s = json.dumps(big, sort_keys=True)
print(len(s), json.loads(s) == big)
