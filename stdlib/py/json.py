"""JSON encoding and decoding (the json module), written in the dialect.

The work is done by the native `_json` module (stdlib/json_encode.cpp and
stdlib/json_decode.cpp); this layer gives it CPython's interface: dumps/loads
with their keyword options, dump/load over any object with write()/read(),
and the JSONEncoder/JSONDecoder classes (so `cls=` and a `default` method
overridden in a subclass work as in CPython).
"""

import _json
from _json import JSONDecodeError

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


def _indent_str(indent):
    # CPython: an int indent is that many spaces (negative: none), a str is
    # used as is; anything else fails the way ' ' * indent fails.
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return _json.encode(o, _indent_str(self.indent), self.item_separator,
                            self.key_separator, self.sort_keys, self.skipkeys,
                            self.ensure_ascii, self.check_circular, self.allow_nan,
                            self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _json.decode(s, 0, False, self.strict, self.object_hook,
                            self.object_pairs_hook, self.parse_float, self.parse_int,
                            self.parse_constant)

    def raw_decode(self, s, idx=0):
        return _json.decode(s, idx, True, self.strict, self.object_hook,
                            self.object_pairs_hook, self.parse_float, self.parse_int,
                            self.parse_constant)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_separator, key_separator = separators
        elif indent is not None:
            item_separator, key_separator = ',', ': '
        else:
            item_separator, key_separator = ', ', ': '
        return _json.encode(obj, _indent_str(indent), item_separator, key_separator,
                            sort_keys, skipkeys, ensure_ascii, check_circular,
                            allow_nan, default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, cls=cls,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw))


def detect_encoding(b):
    # Slices rather than bytes.startswith, which capy's bytes lacks for now.
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if b[:4] in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, bytes):  # capy has no bytearray yet
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            s = s[3:]
            encoding = 'utf-8'
        s = str(s, encoding)
    if cls is None and not kw:
        if parse_float is float:
            parse_float = None
        if parse_int is int:
            parse_int = None
        return _json.decode(s, 0, False, True, object_hook, object_pairs_hook,
                            parse_float, parse_int, parse_constant)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
