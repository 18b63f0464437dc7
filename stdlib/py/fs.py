# fs: the only way a script reaches files (../shared/spec/sandbox.md).
#
# A Path names a file inside one grant, such as "data:sub/a.txt". The
# authority lives in the native handle each Path wraps (`_h`, made by the
# `_fs` module): the handle holds the grant, the path relative to it and
# whether writing is allowed, and the native side resolves every access
# with openat2(RESOLVE_BENEATH). This file adds only pathlib's shape:
# joining, names, comparisons, text decoding and the file object. A script
# that copies `_h` from one Path to another gains nothing it did not hold.

import _fs


class UnsupportedOperation(OSError):
    pass


def roots():
    return _fs.roots()


def root(name):
    if not isinstance(name, str):
        raise TypeError("fs.root() argument must be str, not " + type(name).__name__)
    return _wrap(_fs.root(name))


def _wrap(handle):
    p = object.__new__(Path)
    p._h = handle
    return p


def _check_encoding(encoding):
    if encoding is None:
        return
    if not isinstance(encoding, str):
        raise TypeError("encoding must be str, not " + type(encoding).__name__)
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise LookupError("unknown encoding: " + encoding
                          if encoding.lower() not in ("ascii", "latin-1", "latin1")
                          else "fs supports only utf-8, not " + encoding)


class Path:
    def __init__(self, *args, **kwargs):
        raise TypeError("fs.Path objects come from fs.root(); they cannot be constructed")

    # ---- pure path operations (no I/O) ----------------------------------
    def __str__(self):
        return _fs.display(self._h)

    def __repr__(self):
        return "fs.Path(" + repr(_fs.display(self._h)) + ")"

    def __fspath__(self):
        raise TypeError("fs.Path is not a host path")

    def __eq__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) == _fs.display(other._h)

    def __ne__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) != _fs.display(other._h)

    def __lt__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) < _fs.display(other._h)

    def __le__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) <= _fs.display(other._h)

    def __gt__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) > _fs.display(other._h)

    def __ge__(self, other):
        if not isinstance(other, Path):
            return NotImplemented
        return _fs.display(self._h) >= _fs.display(other._h)

    def __hash__(self):
        return hash(_fs.display(self._h))

    def __truediv__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        return _wrap(_fs.join(self._h, other))

    def joinpath(self, *others):
        p = self
        for o in others:
            if not isinstance(o, str):
                raise TypeError("joinpath() arguments must be str, not " + type(o).__name__)
            p = _wrap(_fs.join(p._h, o))
        return p

    @property
    def root(self):
        return _fs.grant_name(self._h)

    @property
    def parts(self):
        rel = _fs.relative(self._h)
        head = (_fs.grant_name(self._h) + ":",)
        if rel == "":
            return head
        return head + tuple(rel.split("/"))

    @property
    def name(self):
        rel = _fs.relative(self._h)
        return rel.rsplit("/", 1)[-1] if rel else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        return _wrap(_fs.parent(self._h))

    @property
    def parents(self):
        out = []
        p = self
        while _fs.relative(p._h) != "":
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if self.name == "":
            raise ValueError(repr(self) + " has an empty name")
        if not isinstance(name, str) or name == "" or "/" in name or name in (".", ".."):
            raise ValueError("Invalid name " + repr(name))
        return _wrap(_fs.join(_fs.parent(self._h), name))

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or suffix == "." or "/" in suffix):
            raise ValueError("Invalid suffix " + repr(suffix))
        if self.name == "":
            raise ValueError(repr(self) + " has an empty name")
        return self.with_name(self.stem + suffix)

    def readonly(self):
        return _wrap(_fs.readonly(self._h))

    def is_readonly(self):
        return not _fs.writable(self._h)

    # ---- queries ---------------------------------------------------------
    def exists(self):
        return _fs.kind(self._h) != 0

    def is_file(self):
        return _fs.kind(self._h) == 1

    def is_dir(self):
        return _fs.kind(self._h) == 2

    def is_symlink(self):
        return _fs.is_symlink(self._h)

    def stat(self):
        size, mtime, mode = _fs.stat(self._h)
        return StatResult(mode, size, mtime)

    # ---- whole-file I/O --------------------------------------------------
    def read_bytes(self):
        return _fs.read_all(self._h, False)

    def read_text(self, encoding=None, errors=None):
        _check_encoding(encoding)
        return _fs.read_all(self._h, True)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '"
                            + type(data).__name__ + "'")
        return _fs.write_atomic(self._h, data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        _check_encoding(encoding)
        _fs.write_atomic(self._h, data)
        return len(data)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if not isinstance(mode, str):
            raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
        binary = "b" in mode
        if binary and encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        _check_encoding(encoding)
        return File(_fs.open(self._h, mode), str(self), mode, binary)

    # ---- directories -----------------------------------------------------
    def iterdir(self):
        return iter([_wrap(_fs.join(self._h, n)) for n in _fs.listdir(self._h)])

    def glob(self, pattern):
        if not isinstance(pattern, str):
            raise TypeError("glob() argument must be str, not " + type(pattern).__name__)
        if pattern == "":
            raise ValueError("Unacceptable pattern: ''")
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        pieces = [p for p in pattern.split("/") if p not in ("", ".")]
        if ".." in pieces:
            raise PermissionError(13, "glob patterns may not leave their directory", pattern)
        found = _glob(self, pieces)
        return sorted(set(found))

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _fs.mkdir(self._h, parents, exist_ok)

    def rmdir(self):
        _fs.rmdir(self._h)

    def unlink(self, missing_ok=False):
        _fs.unlink(self._h, missing_ok)

    def rename(self, target):
        if isinstance(target, str):
            target = _wrap(_fs.join(_fs.parent(self._h), target))
        if not isinstance(target, Path):
            raise TypeError("rename() target must be an fs.Path or str, not "
                            + type(target).__name__)
        _fs.rename(self._h, target._h)
        return target

    def replace(self, target):
        return self.rename(target)

    def touch(self, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        self.open("a").close()


def _glob(base, pieces):
    if not pieces:
        return [base]
    head, rest = pieces[0], pieces[1:]
    out = []
    if head == "**":
        # Zero or more directories, never following into anything but
        # directories of this grant (the native side resolves each step).
        out.extend(_glob(base, rest))
        for child in base.iterdir():
            # As pathlib: "**" does not descend through symlinks (no loops).
            if child.is_dir() and not child.is_symlink() and not child.name.startswith("."):
                out.extend(_glob(child, pieces))
        return out
    if not _has_magic(head):
        child = base / head
        if rest:
            if child.is_dir():
                out.extend(_glob(child, rest))
        elif child.exists():
            out.append(child)
        return out
    if not base.is_dir():
        return out
    for child in base.iterdir():
        name = child.name
        if name.startswith(".") and not head.startswith("."):
            continue
        if _match(name, head):
            if rest:
                if child.is_dir():
                    out.extend(_glob(child, rest))
            else:
                out.append(child)
    return out


def _has_magic(s):
    return "*" in s or "?" in s or "[" in s


def _match(name, pat):
    # fnmatch's rules, by dynamic programming over (name, pattern) positions:
    # linear in their product, so no pattern can make it slow.
    n, m = len(name), len(pat)
    tokens = []
    i = 0
    while i < m:
        c = pat[i]
        if c == "[":
            j = i + 1
            if j < m and pat[j] in "!^":
                j += 1
            if j < m and pat[j] == "]":
                j += 1
            while j < m and pat[j] != "]":
                j += 1
            if j >= m:
                tokens.append(("lit", "["))
                i += 1
                continue
            body = pat[i + 1:j]
            negate = body[:1] in ("!", "^")
            if negate:
                body = body[1:]
            tokens.append(("set", body, negate))
            i = j + 1
        elif c == "*":
            tokens.append(("star",))
            i += 1
        elif c == "?":
            tokens.append(("any",))
            i += 1
        else:
            tokens.append(("lit", c))
            i += 1
    reach = [False] * (n + 1)
    reach[0] = True
    for tok in tokens:
        nxt = [False] * (n + 1)
        if tok[0] == "star":
            seen = False
            for k in range(n + 1):
                seen = seen or reach[k]
                nxt[k] = seen
        else:
            for k in range(n):
                if reach[k] and _token_matches(tok, name[k]):
                    nxt[k + 1] = True
        reach = nxt
    return reach[n]


def _token_matches(tok, ch):
    if tok[0] == "any":
        return True
    if tok[0] == "lit":
        return tok[1] == ch
    body, negate = tok[1], tok[2]
    hit = False
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            if body[i] <= ch <= body[i + 2]:
                hit = True
            i += 3
        else:
            if body[i] == ch:
                hit = True
            i += 1
    return hit != negate


class StatResult:
    def __init__(self, mode, size, mtime):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime

    def __repr__(self):
        return ("fs.StatResult(st_mode=" + str(self.st_mode) + ", st_size="
                + str(self.st_size) + ", st_mtime=" + repr(self.st_mtime) + ")")


class File:
    def __init__(self, handle, name, mode, binary):
        self._f = handle
        self.name = name
        self.mode = mode
        self._binary = binary

    def __repr__(self):
        return "<fs.File " + repr(self.name) + " mode=" + repr(self.mode) + ">"

    @property
    def closed(self):
        return _fs.fclosed(self._f)

    def readable(self):
        return _fs.freadable(self._f)

    def writable(self):
        return _fs.fwritable(self._f)

    def read(self, size=-1):
        if size is None:
            size = -1
        return _fs.fread(self._f, size)

    def readline(self, size=-1):
        if size is None:
            size = -1
        return _fs.freadline(self._f, size)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = _fs.freadline(self._f, -1)
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def write(self, data):
        return _fs.fwrite(self._f, data)

    def writelines(self, lines):
        for line in lines:
            _fs.fwrite(self._f, line)

    def seek(self, offset, whence=0):
        return _fs.fseek(self._f, offset, whence)

    def tell(self):
        return _fs.ftell(self._f)

    def flush(self):
        _fs.fcheck(self._f)

    def close(self):
        _fs.fclose(self._f)

    def __enter__(self):
        _fs.fcheck(self._f)
        return self

    def __exit__(self, *exc):
        _fs.fclose(self._f)
        return False

    def __iter__(self):
        _fs.fcheck(self._f)
        return self

    def __next__(self):
        line = _fs.freadline(self._f, -1)
        if not line:
            raise StopIteration
        return line
