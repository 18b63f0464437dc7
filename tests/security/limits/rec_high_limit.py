# A script may raise its recursion limit (up to capy's ceiling of 100000);
# the recursion that then runs out is the C++ stack's for native recursion
# (generators resumed from native code, repr, json), and that must still be
# a RecursionError, never a stack overflow.
# max-seconds: 30
import json
import sys


class Raise:
    # Raising the limit from inside a comparison called by native code: the
    # VM must not move its frames while outer native calls point into them.
    def __eq__(self, other):
        sys.setrecursionlimit(100000)
        return True


print(Raise() == Raise(), sys.getrecursionlimit())

def f(n):
    return f(n + 1)

def gen(n):
    yield from gen(n + 1)

class Loop:
    def __repr__(self):
        return repr(self)

    def __eq__(self, other):
        return self == other

deep = []
for _ in range(100000):
    deep = [deep]
for label, op in [("function", lambda: f(0)), ("generator", lambda: next(gen(0))),
                  ("repr", lambda: repr(Loop())), ("eq", lambda: Loop() == Loop()),
                  ("nested repr", lambda: repr(deep)),
                  ("json dumps", lambda: json.dumps(deep)),
                  ("json loads", lambda: json.loads("[" * 100000))]:
    try:
        op()
        print(label, "returned?!")
    except RecursionError:
        print(label, "RecursionError")
