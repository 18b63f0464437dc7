# Recursion through special methods called from native code (repr, str,
# ==, hash, <, len, bool, format, getattr): each is a RecursionError the
# script can catch.
# max-seconds: 20
class Bad:
    def __repr__(self): return repr(self)
    def __str__(self): return str(self)
    def __eq__(self, other): return self == other
    def __hash__(self): return hash(self)
    def __lt__(self, other): return self < other
    def __len__(self): return len(self)
    def __bool__(self): return bool(self)
    def __format__(self, spec): return format(self, spec)
    def __getattr__(self, name): return getattr(self, name)

b = Bad()
for label, op in [("repr", lambda: repr(b)), ("str", lambda: str(b)),
                  ("eq", lambda: b == Bad()), ("hash", lambda: hash(b)),
                  ("sort", lambda: sorted([b, Bad()])), ("len", lambda: len(b)),
                  ("bool", lambda: bool(b)), ("format", lambda: f"{b:x}"),
                  ("getattr", lambda: b.missing), ("in list", lambda: b in [Bad()]),
                  ("dict key", lambda: {b: 1})]:
    try:
        op()
        print(label, "returned?!")
    except RecursionError:
        print(label, "RecursionError")
