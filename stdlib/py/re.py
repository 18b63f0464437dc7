"""Regular expressions (the re module), written in the dialect over `_re`.

Matching runs in the native `_re` module (stdlib/re_module.cpp) on RE2, a
linear-time engine: no pattern can backtrack exponentially. The price is
that patterns needing backtracking (backreferences, look-around, conditional
and atomic groups, possessive repeats) raise re.error with a message saying
so. stdlib/re_translate.cpp lists the smaller differences from CPython.

This layer gives `_re` CPython's interface: Pattern and Match objects, the
module functions, replacement templates (\\1, \\g<name>), split, findall and
the flags. Positions are code-point indices, as everywhere in Python.
"""

import _re

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
    'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
    'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

_MAXREPEAT = 4294967295
_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    _names = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
              (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
              (256, 'ASCII')]

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        parts = []
        for bit, name in RegexFlag._names:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


class _GroupIndex:
    """A read-only view of a pattern's group names (CPython's mappingproxy)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            return self._d == other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


def _check_string(string):
    if not isinstance(string, str):
        if isinstance(string, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, groups, groupindex, parents):
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = groups
        self._groupindex = groupindex
        self._parents = parents
        self._names = {}
        for name in groupindex:
            self._names[groupindex[name]] = name
        self._raw_flags = int(flags)

    @property
    def groupindex(self):
        return _GroupIndex(self._groupindex)

    def _exec(self, string, pos, endpos, mode):
        _check_string(string)
        found = _re.exec(self.pattern, self._raw_flags, string, pos, endpos, mode)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found[0], found[1])

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        # [(spans, strs, gap), ..., tail]: see stdlib/re_module.cpp.
        _check_string(string)
        return _re.scan(self.pattern, self._raw_flags, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # Scanned eagerly (so a bad argument raises here, as in CPython),
        # Match objects made lazily.
        found = self._scan(string, pos, endpos, 0)
        found.pop()
        return _iter_matches(self, string, pos, endpos, found)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = self._scan(string, pos, endpos, 0)
        found.pop()
        groups = self.groups
        if groups == 0:
            return [item[1][0] for item in found]
        if groups == 1:
            return [item[1][1] or '' for item in found]
        result = []
        for item in found:
            result.append(tuple([s or '' for s in item[1][1:]]))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        found = self._scan(string, 0, _MAXSIZE, maxsplit)
        tail = found.pop()
        result = []
        for item in found:
            result.append(item[2])
            result.extend(item[1][1:])
        result.append(tail)
        return result

    def subn(self, repl, string, count=0):
        _check_string(string)
        if count < 0:
            return (string, 0)
        if callable(repl):
            template = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], str):
                template = template[0]
            elif not template:
                template = ''
        found = self._scan(string, 0, _MAXSIZE, count)
        tail = found.pop()
        parts = []
        for item in found:
            parts.append(item[2])
            if template is None:
                piece = repl(Match(self, string, 0, _MAXSIZE, item[0], item[1]))
                if piece is not None:
                    if not isinstance(piece, str):
                        raise TypeError("expected str instance, %s found"
                                        % type(piece).__name__)
                    parts.append(piece)
            elif isinstance(template, str):
                parts.append(template)
            else:
                parts.append(_expand_template(template, item[1]))
        parts.append(tail)
        return (''.join(parts), len(found))

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by capy's re")

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._raw_flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self._raw_flags == other._raw_flags

    def __hash__(self):
        return hash((self.pattern, self._raw_flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans, strs):
        self.re = pattern
        self.string = string
        length = len(string)
        self.pos = min(max(pos, 0), length)
        self.endpos = min(max(endpos, 0), length)
        self._spans = spans
        self._strs = strs

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        text = self._strs[index]
        if text is None:
            return default
        return text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re._groupindex.items():
            result[name] = self._get(index, default)
        return result

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * g], self._spans[2 * g + 1])
                      for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        # The group that closed last: the greatest end; at equal ends an
        # enclosing group closes after the groups inside it, and otherwise
        # the later group in the pattern closes later.
        best = None
        best_end = -1
        parents = self.re._parents
        for g in range(1, self.re.groups + 1):
            end = self._spans[2 * g + 1]
            if self._spans[2 * g] < 0:
                continue
            if end > best_end:
                best, best_end = g, end
            elif end == best_end and not _encloses(parents, best, g):
                best = g
            elif end == best_end:
                pass
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self.re._names.get(index)

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self._strs)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self._strs[0])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _iter_matches(pattern, string, pos, endpos, found):
    for item in found:
        yield Match(pattern, string, pos, endpos, item[0], item[1])


def _encloses(parents, outer, inner):
    # True if group `outer` contains group `inner` in the pattern.
    g = parents[inner - 1]
    while g:
        if g == outer:
            return True
        g = parents[g - 1]
    return False


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'


def _parse_template(template, pattern):
    # A replacement template as a list of literal strings and group numbers,
    # with CPython's escapes and error messages (Lib/re/_parser.py).
    items = []
    literal = []
    i = 0
    n = len(template)
    groups = pattern.groups
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, start)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            i += 1
            close = template.find('>', i)
            if close < 0:
                if i >= n:
                    raise error('missing group name', template, i)
                raise error('missing >, unterminated name', template, i)
            name = template[i:close]
            if not name:
                raise error('missing group name', template, i)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > groups:
                    raise error('invalid group reference %d' % index, template, i)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i)
            i = close + 1
            if literal:
                items.append(''.join(literal))
                literal = []
            items.append(index)
        elif c == '0':
            digits = c
            while i < n and len(digits) < 3 and template[i] in _OCTDIGITS:
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in _DIGITS:
            digits = c
            isoctal = False
            if i < n and template[i] in _DIGITS:
                digits += template[i]
                i += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n
                        and template[i] in _OCTDIGITS):
                    digits += template[i]
                    i += 1
                    isoctal = True
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % digits, template, start)
                    literal.append(chr(value))
            if not isoctal:
                index = int(digits)
                if index > groups:
                    raise error('invalid group reference %d' % index, template, start + 1)
                if literal:
                    items.append(''.join(literal))
                    literal = []
                items.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, template, start)
        else:
            literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    return items


def _expand_template(items, strs):
    parts = []
    for item in items:
        if isinstance(item, str):
            parts.append(item)
        else:
            text = strs[item]
            if text is not None:
                parts.append(text)
    return ''.join(parts)


# ---- compiling, with a cache of compiled patterns (CPython keeps 512)

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise TypeError("capy's re supports str patterns only, not bytes")
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    if flags & LOCALE:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if flags & ASCII and flags & UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    info = _re.compile(pattern, flags)
    if not info[0]:
        raise error(info[1], pattern, info[2])
    compiled = Pattern(pattern, info[4], info[1], info[2], info[3])
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _re.purge()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    raise TypeError("capy's re.escape supports str only")

